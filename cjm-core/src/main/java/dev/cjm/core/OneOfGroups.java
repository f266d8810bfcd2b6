package dev.cjm.core;

import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-time checks of a journey's choices: each "one of" group has a usable id, two or more
 * touchpoints, all in one stage and next to each other; and no touchpoint is both optional and one
 * of a group.
 */
final class OneOfGroups {
  private OneOfGroups() {}

  /** A touchpoint of a group: where it is. */
  private static final class Member {
    final int stage;
    final int index;
    final String path;

    Member(int stage, int index, String path) {
      this.stage = stage;
      this.index = index;
      this.path = path;
    }
  }

  static void check(BuildContext context, ElementList<StageBuilder> stages) {
    Map<String, List<Member>> groups = new LinkedHashMap<>();
    for (int s = 0; s < stages.size(); s++) {
      ElementList<TouchpointBuilder> touchpoints = stages.get(s).touchpoints();
      for (int t = 0; t < touchpoints.size(); t++) {
        TouchpointBuilder touchpoint = touchpoints.get(t);
        String group = touchpoint.oneOfGroup();
        String path = "stages[" + s + "].touchpoints[" + t + "]";
        if (group == null || !usableId(context, BuildContext.at(path, "oneOf"), group)) {
          continue;
        }
        if (touchpoint.isOptional()) {
          context.problem(
              BuildContext.at(path, "optional"),
              "touchpoint is both optional and one of group "
                  + Texts.quote(group)
                  + "; an alternative is never missing on its own (only the group is, when none"
                  + " of it is met): leave out .optional(), or .oneOf(…)",
              "group",
              group);
        }
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Member(s, t, path));
      }
    }
    groups.forEach((group, members) -> checkGroup(context, group, members));
  }

  private static boolean usableId(BuildContext context, String path, String group) {
    int before = context.problems().size();
    context.requiredText(path, group, "one-of group id");
    if (context.problems().size() > before) {
      return false;
    }
    boolean spaceOrControl =
        group
            .codePoints()
            .anyMatch(
                cp ->
                    Character.isWhitespace(cp)
                        || Character.isSpaceChar(cp)
                        || Character.isISOControl(cp));
    if (spaceOrControl) {
      context.problem(
          path,
          "one-of group id "
              + Texts.quote(group)
              + " contains white space or control characters; group ids are references, so use letters, digits and"
              + " hyphens, e.g. \"entry\"",
          "but was",
          Texts.quote(group));
      return false;
    }
    return true;
  }

  private static void checkGroup(BuildContext context, String group, List<Member> members) {
    Member first = members.get(0);
    if (members.size() == 1) {
      context.problem(
          BuildContext.at(first.path, "oneOf"),
          "one-of group "
              + Texts.quote(group)
              + " has only this touchpoint; alternatives need at least two: add another to the"
              + " group with .oneOf("
              + Texts.quote(group)
              + "), or make this one .optional() instead",
          "group",
          group,
          "expected",
          "at least 2 touchpoints",
          "but was",
          "1");
      return;
    }
    Member previous = first;
    for (Member member : members.subList(1, members.size())) {
      if (member.stage != first.stage) {
        context.problem(
            BuildContext.at(member.path, "oneOf"),
            "one-of group "
                + Texts.quote(group)
                + " began in stages["
                + first.stage
                + "] ("
                + first.path
                + "); the alternatives of a group are in one stage: give this touchpoint a group"
                + " of its own",
            "group",
            group,
            "first",
            first.path,
            "but was",
            member.path);
        return;
      }
      if (member.index != previous.index + 1) {
        context.problem(
            BuildContext.at(member.path, "oneOf"),
            "one-of group "
                + Texts.quote(group)
                + " is split: "
                + "stages["
                + member.stage
                + "].touchpoints["
                + (previous.index + 1)
                + "] stands between "
                + previous.path
                + " and this touchpoint; the alternatives of a group are next to each other:"
                + " move them together",
            "group",
            group,
            "previous",
            previous.path,
            "but was",
            member.path);
        return;
      }
      previous = member;
    }
  }
}
