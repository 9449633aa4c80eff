package uk.chatbatch.rollup;

import java.nio.file.Path;
import uk.chatbatch.model.LaPeriod;

/**
 * One LA and period of a shareable indicators dataset:
 * {@code <folder>/shareable/indicators/la=<code>/period=<yyyy-MM-dd>/}.
 *
 * @param folder the output folder it was found in
 * @param key    the LA and period its folder names
 * @param dir    the partition folder holding its part files
 */
public record IndicatorPartition(Path folder, LaPeriod key, Path dir) {
}
