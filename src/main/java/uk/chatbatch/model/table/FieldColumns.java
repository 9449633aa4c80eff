package uk.chatbatch.model.table;

import java.util.List;

/**
 * A table's column of each of its fields, found without searching the field list: every record's
 * {@link TableRecord#value(Field)} asks for one, hundreds of times per record over the indicator catalogue. Fields
 * are enum constants, so a field's ordinal finds its slot; a field of another enum whose ordinal falls on a taken
 * slot, or a field that is not a column, is looked up in the list.
 */
public final class FieldColumns {

    private final List<? extends Field> fields;
    private final Field[] byOrdinal;
    private final int[] columnByOrdinal;

    public FieldColumns(List<? extends Field> fields) {
        this.fields = List.copyOf(fields);
        int slots = 0;
        for (Field field : this.fields) {
            if (field instanceof Enum<?> constant) {
                slots = Math.max(slots, constant.ordinal() + 1);
            }
        }
        byOrdinal = new Field[slots];
        columnByOrdinal = new int[slots];
        for (int column = 0; column < this.fields.size(); column++) {
            if (this.fields.get(column) instanceof Enum<?> constant && byOrdinal[constant.ordinal()] == null) {
                byOrdinal[constant.ordinal()] = this.fields.get(column);
                columnByOrdinal[constant.ordinal()] = column;
            }
        }
    }

    /** The field's column, or -1 when it is not one of the table's. */
    public int indexOf(Field field) {
        if (field instanceof Enum<?> constant) {
            int ordinal = constant.ordinal();
            if (ordinal < byOrdinal.length && byOrdinal[ordinal] == field) {
                return columnByOrdinal[ordinal];
            }
        }
        return fields.indexOf(field);
    }
}
