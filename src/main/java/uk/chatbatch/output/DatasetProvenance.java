package uk.chatbatch.output;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.chatbatch.model.LaPeriod;

/**
 * What every Parquet file of one run says about itself in its footer's key-value metadata: which dataset and
 * schema version, which product and catalogue, which run (a UUID unique across output folders, beside the job
 * repository's ids), when, for which LA and period, at which revision, and each column's description and unit.
 * The keys are namespaced {@code chat_batch.} and listed in the README.
 *
 * <p>Only the {@link #RUN_KEYS} differ between two runs of the same input; a restarted step of the same job
 * instance writes the same values again, because the run UUID and the time it was produced are kept in the job
 * execution context (design invariant 2: no timestamps in data files other than the run's metadata).
 *
 * @param runUuid          the run identifier, unique across output folders
 * @param jobInstanceId    the job repository's id of this LA and period's job instance (restarts share it)
 * @param jobExecutionId   the job repository's id of the execution that wrote the file
 * @param producedAt       when the run was first started, to the second
 * @param key              the LA and period the file belongs to
 * @param revision         1 for a first publication of an LA and period, higher for a republication
 * @param catalogueVersion the indicator catalogue's version (definitions of the indicators)
 * @param codec            the compression of the pages
 * @param synthetic        the data are synthetic: a synthetic LA's code (990 to 999), or a run whose inputs were
 *                         declared synthetic for a real LA's code (job file key {@code synthetic_data})
 */
public record DatasetProvenance(String runUuid, long jobInstanceId, long jobExecutionId, Instant producedAt,
                                LaPeriod key, int revision, String catalogueVersion,
                                ParquetCodec codec, boolean synthetic) {

    /** Synthetic when the LA's code is (990 to 999), real otherwise. */
    public DatasetProvenance(String runUuid, long jobInstanceId, long jobExecutionId, Instant producedAt,
                             LaPeriod key, int revision, String catalogueVersion, ParquetCodec codec) {
        this(runUuid, jobInstanceId, jobExecutionId, producedAt, key, revision, catalogueVersion, codec,
                key.synthetic());
    }

    /**
     * The version of the datasets' shape. Bump the minor part for an addition a reader's existing query survives
     * (a new dataset, a new OPTIONAL column, a new footer key); bump the major part for anything that can break
     * one (a column or dataset renamed, removed or retyped, a column made REQUIRED, a key or a column's meaning
     * changed). README, "What each file says about itself", has the same rule.
     */
    public static final String SCHEMA_VERSION = "1.1";
    /** The product's version, also shown by {@code --version}. */
    public static final String PRODUCT_VERSION = "0.1.0";

    public static final String PREFIX = "chat_batch.";
    public static final String DATASET = PREFIX + "dataset";
    public static final String SCHEMA_VERSION_KEY = PREFIX + "schema_version";
    public static final String PRODUCT_VERSION_KEY = PREFIX + "product_version";
    public static final String CATALOGUE_VERSION_KEY = PREFIX + "catalogue_version";
    public static final String RUN_UUID = PREFIX + "run_uuid";
    public static final String JOB_INSTANCE_ID = PREFIX + "job_instance_id";
    public static final String JOB_EXECUTION_ID = PREFIX + "job_execution_id";
    public static final String PRODUCED_AT = PREFIX + "produced_at";
    public static final String LA_CODE = PREFIX + "la_code";
    public static final String PERIOD_END = PREFIX + "period_end";
    public static final String CLASSIFICATION = PREFIX + "classification";
    public static final String REVISION = PREFIX + "revision";
    /**
     * "true" for synthetic data: a synthetic LA (codes 990 to 999, which no English LA uses) or a real LA's code with
     * inputs declared synthetic; "false" otherwise.
     */
    public static final String SYNTHETIC_LA = PREFIX + "synthetic_la";
    /** Present only on an empty file written because its input was not supplied. */
    public static final String EMPTY_REASON = PREFIX + "empty_reason";
    /** A roll-up's file: the group of LAs it benchmarks, and the LAs whose shareable indicators went into it. */
    public static final String GROUP = PREFIX + "group";
    public static final String LA_CODES = PREFIX + "la_codes";
    static final String DESCRIPTION = "description";
    static final String UNIT = "unit";

    /** The keys whose values differ between two runs of the same input, by design. */
    public static final Set<String> RUN_KEYS = Set.of(RUN_UUID, JOB_INSTANCE_ID, JOB_EXECUTION_ID, PRODUCED_AT);

    public DatasetProvenance {
        Objects.requireNonNull(runUuid, "runUuid");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(codec, "codec");
        if (revision < 1) {
            throw new IllegalArgumentException("A revision is 1 or more, not " + revision);
        }
        producedAt = producedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code chat_batch.column.<name>.description} or {@code .unit}. */
    public static String columnKey(String column, String what) {
        return PREFIX + "column." + column + "." + what;
    }

    public static String descriptionKey(String column) {
        return columnKey(column, DESCRIPTION);
    }

    public static String unitKey(String column) {
        return columnKey(column, UNIT);
    }

    /**
     * The footer of one file of a dataset.
     *
     * @param emptyReason why the file has no rows, when it is written empty because its input was not supplied
     */
    public Map<String, String> footer(TableSchema schema, Classification classification, Optional<String> emptyReason) {
        Map<String, String> footer = new LinkedHashMap<>();
        footer.put(DATASET, schema.name());
        footer.put(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
        footer.put(PRODUCT_VERSION_KEY, PRODUCT_VERSION);
        footer.put(CATALOGUE_VERSION_KEY, catalogueVersion);
        footer.put(RUN_UUID, runUuid);
        footer.put(JOB_INSTANCE_ID, Long.toString(jobInstanceId));
        footer.put(JOB_EXECUTION_ID, Long.toString(jobExecutionId));
        footer.put(PRODUCED_AT, producedAt.toString());
        footer.put(LA_CODE, key.laCode());
        footer.put(SYNTHETIC_LA, Boolean.toString(synthetic || key.synthetic()));
        footer.put(PERIOD_END, key.periodEnd().toString());
        footer.put(CLASSIFICATION, classification.label());
        footer.put(REVISION, Integer.toString(revision));
        emptyReason.ifPresent(reason -> footer.put(EMPTY_REASON, reason));
        footer.putAll(columnMetadata(schema));
        return footer;
    }

    /**
     * The footer of a roll-up's file (regional benchmarking, made from LAs' shareable indicators, outside any LA's
     * run): what it is, the group, the LAs in it (DfE codes, in code order) and, for one period's file, the period.
     * Nothing in it changes from one roll-up of the same inputs to the next, so the same inputs give the same bytes.
     */
    public static Map<String, String> rollupFooter(TableSchema schema, String group, Collection<String> laCodes,
                                                   Optional<LocalDate> periodEnd) {
        Map<String, String> footer = new LinkedHashMap<>();
        footer.put(DATASET, schema.name());
        footer.put(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
        footer.put(PRODUCT_VERSION_KEY, PRODUCT_VERSION);
        footer.put(CLASSIFICATION, Classification.SHAREABLE.label());
        footer.put(GROUP, group);
        footer.put(LA_CODES, String.join(",", new TreeSet<>(laCodes)));
        periodEnd.ifPresent(end -> footer.put(PERIOD_END, end.toString()));
        footer.putAll(columnMetadata(schema));
        return footer;
    }

    /** Each column's description and unit, where it has them: all a file says when it is written outside a run. */
    public static Map<String, String> columnMetadata(TableSchema schema) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ColumnDef column : schema.columns()) {
            if (!column.description().isEmpty()) {
                columns.put(descriptionKey(column.name()), column.description());
            }
            column.unitIfAny().ifPresent(unit -> columns.put(unitKey(column.name()), unit));
        }
        return columns;
    }
}
