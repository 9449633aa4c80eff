package uk.chatbatch.shareable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

/** An internal dataset turned into its child-level shareable form, column by column, by declared transforms. */
public final class ChildLevelTable {

    private ChildLevelTable() {
    }

    /**
     * The internal table with each column's declared transform applied; columns declared {@link Transform#DROP} or
     * not declared at all are left out.
     *
     * @throws TransformFailedException naming the dataset, column and transform when a value cannot be transformed
     */
    public static TableData pseudonymise(TableData internal, Map<String, Transform> declared, Pseudonymiser key) {
        List<ColumnDef> columns = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<Transform> transforms = new ArrayList<>();
        List<ColumnDef> all = internal.schema().columns();
        for (int i = 0; i < all.size(); i++) {
            Transform t = declared.getOrDefault(all.get(i).name(), Transform.DROP);
            if (t != Transform.DROP) {
                // a transformed key may lose its value (a postcode with no district), so only a kept key stays REQUIRED
                ColumnDef shared = all.get(i).withType(t.output(all.get(i).type()));
                columns.add(t == Transform.KEEP ? shared : new ColumnDef(shared.name(), shared.type(), false,
                        shared.description(), shared.unit()));
                from.add(i);
                transforms.add(t);
            }
        }
        TableSchema schema = new TableSchema(internal.schema().name(), columns);
        List<Object[]> rows = new ArrayList<>(internal.rowCount());
        for (Object[] in : internal.rows()) {
            Object[] out = new Object[columns.size()];
            for (int c = 0; c < out.length; c++) {
                try {
                    out[c] = transforms.get(c).apply(in[from.get(c)], key);
                } catch (TransformFailedException e) {
                    throw new TransformFailedException(schema.name() + ", column " + columns.get(c).name() + ", transform "
                            + transforms.get(c).label() + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    throw new TransformFailedException(schema.name() + ", column " + columns.get(c).name() + ", transform "
                            + transforms.get(c).label() + ": failed (" + e.getClass().getSimpleName() + ")");
                }
            }
            rows.add(out);
        }
        return new TableData(schema, rows);
    }
}
