/**
 * The SSDA903 (children looked after) return, read from CSV tables or the 903 XML form, for one or
 * several collection years at once. Plain Java: {@link uk.chatbatch.ssda903.Ssda903Ingest#read}
 * streams every row to a {@link uk.chatbatch.ssda903.RecordSink} and returns a
 * {@link uk.chatbatch.ssda903.Ssda903IngestResult}; {@link uk.chatbatch.datasets.TableDataset}
 * is the Parquet contract ({@code ssda903_<table>}).
 *
 * <h2>Files</h2>
 * A folder is searched four levels down for .csv and .xml files. A CSV file is the table whose
 * columns its header row holds ({@link uk.chatbatch.ssda903.Ssda903Table}); its name plays no
 * part. A file that matches no table is reported with its headers and the rest are read. Values:
 * dd/mm/yyyy or yyyy-mm-dd dates, identifiers and flags written 123.0 by a spreadsheet read as
 * 123, UTF-8 with or without a byte-order mark, CRLF or LF, blank lines skipped (not rows).
 *
 * <h2>Collection year</h2>
 * Taken from the file's name, else its folder's, else the folders above up to the one given
 * ({@code 2017/episodes.csv}, {@code 2017-episodes.csv}, {@code SSDA903_2020_episodes.csv}).
 * "2017-18", "2017_18", "201718", "2017-2018" and "17-18" always mean 1 April 2017 to 31 March
 * 2018. A lone "2017" means the same by default ({@link uk.chatbatch.ssda903.BareYear#START_YEAR},
 * as cs-demand-model names files); liia-tools means the year ending March 2017
 * ({@link uk.chatbatch.ssda903.BareYear#END_YEAR}). Either the convention or the year itself can
 * be set in {@link uk.chatbatch.ssda903.Ssda903Options}. The year is in every summary, record and
 * dataset row; a file whose dates do not fit its year is reported, since that is what a wrong
 * convention looks like. Codes are checked against the year's code lists
 * ({@link uk.chatbatch.ssda903.Ssda903CodeList}); with no year, against every year's.
 *
 * <h2>Precedence between years</h2>
 * Years are read latest first. A record is keyed by CHILD plus the table's key date: Episodes
 * DECOM, Reviews REVIEW, Missing MIS_START, PlacedAdoption DATE_PLACED, SWEpisodes SW_DECOM, DoLo
 * DOLO_START; Header, UASC, AD1 and PrevPerm by CHILD alone. When a later year holds the same key,
 * the later row wins and the earlier is counted as superseded (so an episode open at 31 March is
 * kept once, as the next year reports it). OC2 and OC3 are outcomes of each year: every year's row
 * is kept. liia-tools instead keeps the episode with the latest DEC; here the latest return wins,
 * because LAs correct history in later returns. The same key twice in one year is a duplicate: the
 * first row is kept, the second quarantined. A file with no year supersedes nothing. A second file
 * holding a table already read for the same year (CSV or XML) is ignored with an issue.
 *
 * <h2>Policy and accounting</h2>
 * As for Annex A: a row whose CHILD or key date is missing or unusable is quarantined with its
 * issues; any other bad value is an issue (file, table and year, row as a spreadsheet numbers it
 * or XML line and element, column, masked value where it identifies a child, code, message) and is
 * left empty while the row stays. Per table and file: rows read = rows clean + rows quarantined,
 * and rows superseded (part of rows clean) are reported separately.
 */
package uk.chatbatch.ssda903;
