/**
 * The CIN (children in need) census: reading its XML, any census year from 2016-17 to the 2024-25
 * shape, into flat typed tables (../shared/reference/cin-census.md).
 *
 * <p>Start at {@link uk.chatbatch.cin.CinCensusIngest#read}. A file, or every {@code *.xml} of a
 * folder, is streamed one {@code <Child>} at a time to a {@link uk.chatbatch.cin.CinSink}: each
 * record clean or quarantined, each problem an {@link uk.chatbatch.ingest.Issue} located by file,
 * table, XML line, place among the children ("child 3, CINdetails 2") and element, with values that
 * identify a child masked. The result counts, per file and table, rows read, clean and quarantined.
 *
 * <p>The tables ({@link uk.chatbatch.cin.CinTable}) are child, disability, episode (CINdetails),
 * assessment, assessment_factor, plan (CINPlanDates), section47, cp_plan and cp_review. Each row
 * carries LAchildID and its ancestors' positions and key dates, so they join; each is published as
 * the Parquet dataset {@code cin_<table>} ({@link uk.chatbatch.datasets.TableDataset}).
 *
 * <p>Speed: {@code uk.chatbatch.pipeline.CinCensusBenchmark [children seed year runs mess]} (in pipeline
 * because it also writes the datasets) generates a synthetic census ({@link uk.chatbatch.cin.SyntheticCinCensus})
 * and prints how long reading it takes.
 */
package uk.chatbatch.cin;
