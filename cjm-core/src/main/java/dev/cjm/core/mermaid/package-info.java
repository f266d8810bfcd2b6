/**
 * Mermaid {@code journey} diagrams to and from the journey model: {@link
 * dev.cjm.core.mermaid.MermaidJourney#parse(String)} reads the text Mermaid renders into a
 * validated {@link dev.cjm.core.Journey}, and {@link dev.cjm.core.mermaid.MermaidJourney#format}
 * writes a journey as a diagram any Markdown page with Mermaid can show.
 *
 * <pre>{@code
 * Journey journey = MermaidJourney.parse("""
 *     journey
 *       title My working day
 *       section Go to work
 *         Make tea: 5: Me
 *         Do work: 1: Me, Cat
 *     """);                              // or MermaidSyntaxException with line and column
 * String text = MermaidJourney.format(journey);
 * }</pre>
 *
 * <p>Mermaid's sections become stages, its tasks touchpoints, and a score s of 1..5 the emotion s −
 * 3. What Mermaid cannot express is left out of the text with a {@code %%} comment saying so.
 */
@NullMarked
@CjmStyle
package dev.cjm.core.mermaid;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
