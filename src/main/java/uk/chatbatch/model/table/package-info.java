/**
 * The one shape every source is read into: a {@link uk.chatbatch.model.table.SourceTable} (name, source, fields,
 * the collection years it is sent in) of {@link uk.chatbatch.model.table.Field}s (value type, code list, years),
 * its clean rows as {@link uk.chatbatch.model.table.TableRecord}s placed by an
 * {@link uk.chatbatch.model.table.Origin}, the rows that could not be used as
 * {@link uk.chatbatch.model.table.QuarantinedRecord}s, the accounting per file as a
 * {@link uk.chatbatch.model.table.TableSummary}, and the dataset of a table's clean rows written by
 * {@link uk.chatbatch.datasets.TableDataset}. SSDA903 and the CIN census use all of it; Annex A's lists, fields,
 * code lists, clean rows and quarantined rows too. Each source keeps only what is its own: its field and table
 * enums, its code lists' contents and its readers.
 */
package uk.chatbatch.model.table;
