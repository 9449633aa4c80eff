package uk.chatbatch.model.table;

import java.util.List;
import java.util.Optional;

/**
 * A table a source is read into: its name, its source, its fields in column order, and the collection years it
 * is sent in. One row of it is a {@link TableRecord}; its clean rows are written by {@link uk.chatbatch.datasets.TableDataset}.
 */
public interface SourceTable {

    /** The table's constant name: EPISODES, CP_PLAN. */
    String name();

    Source source();

    /** How issues and the report name the table: "SSDA903 Episodes", "CIN episodes". */
    String label();

    /** The label with a collection year, when known: "SSDA903 Episodes 2017-18". */
    default String label(Optional<CollectionYear> year) {
        return label() + year.map(y -> " " + y.label()).orElse("");
    }

    /** The dataset of the table's clean rows: ssda903_episodes, cin_episode. */
    String dataset();

    /** The table's fields in column order. */
    List<? extends Field> fields();

    /** The column names a quarantined row of the table shows beside its values. */
    List<String> headers();

    /**
     * The field identifying whom a row is about, the first column of every table: the child's identifier, except
     * in Annex A List 11 (adopters), where it is the adopter's.
     */
    Field identifier();

    default boolean has(Field field) {
        return fieldColumns().indexOf(field) >= 0;
    }

    /** Its fields' columns, made once: {@link #indexOf} is asked for every value an indicator reads. */
    FieldColumns fieldColumns();

    /** The field's column, or an exception naming the table when it is not one of its columns. */
    default int indexOf(Field field) {
        int i = fieldColumns().indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(field + " is not a column of " + label());
        }
        return i;
    }

    /** The collection years the table is sent in. */
    default YearRange years() {
        return YearRange.ALWAYS;
    }
}
