package uk.chatbatch.input;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.BackgroundWork;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.returns.ReturnsData;

/**
 * A run's typed input, what indicators and the report are computed from: the clean rows of every Annex
 * A list that was read (and for each list that was not, why not), and the kept rows of the SSDA903 and
 * CIN census returns when they were given.
 */
public final class InputData {

    /** The reason given for a list that was not in the input at all (as opposed to one that was skipped). */
    public static final String NOT_SUPPLIED = "not supplied";

    private final Map<AnnexAList, List<TableRecord>> rows = new EnumMap<>(AnnexAList.class);
    private final Map<AnnexAList, String> unavailable = new EnumMap<>(AnnexAList.class);
    private ReturnsData returns = ReturnsData.none();
    /** Views several indicators share, each worked out once (see {@link #derived}); cleared when the data change. */
    private final ConcurrentHashMap<Object, FutureTask<Object>> derived = new ConcurrentHashMap<>();

    public static InputData empty() {
        InputData data = new InputData();
        for (AnnexAList list : AnnexAList.values()) {
            data.unavailable.put(list, NOT_SUPPLIED);
        }
        return data;
    }

    private InputData() {
    }

    /** Records a list as read; its rows (possibly none) are available to indicators. */
    public InputData with(AnnexAList list, List<TableRecord> listRows) {
        rows.put(list, List.copyOf(listRows));
        unavailable.remove(list);
        derived.clear();
        return this;
    }

    /** Records a list as unavailable, with the reason indicators and the report will show. */
    public InputData without(AnnexAList list, String reason) {
        rows.remove(list);
        unavailable.put(list, reason);
        derived.clear();
        return this;
    }

    public boolean isAvailable(AnnexAList list) {
        return rows.containsKey(list);
    }

    /** The list's clean rows; empty when the list is unavailable (check {@link #isAvailable} first). */
    public List<TableRecord> rows(AnnexAList list) {
        return rows.getOrDefault(list, List.of());
    }

    /** Why the list is unavailable ("not supplied", "skipped: required column ... missing"), if it is. */
    public Optional<String> unavailableReason(AnnexAList list) {
        return Optional.ofNullable(unavailable.get(list));
    }

    /** True when the list was present but could not be used (not merely absent). */
    public boolean isSkipped(AnnexAList list) {
        String reason = unavailable.get(list);
        return reason != null && !NOT_SUPPLIED.equals(reason);
    }

    /** Adds the returns' tables. */
    public InputData with(ReturnsData returnsData) {
        this.returns = returnsData;
        derived.clear();
        return this;
    }

    /** The SSDA903 and CIN census tables; {@link ReturnsData#none()} when neither was given. */
    public ReturnsData returns() {
        return returns;
    }

    public Map<AnnexAList, String> unavailableLists() {
        return Collections.unmodifiableMap(unavailable);
    }

    /**
     * A view of the data that several indicators share (every child's care history, a list's records by child),
     * worked out once per data: the first caller works it out, callers on other threads at the same time wait for
     * it, and later callers get the same object. The key names the view and what it is made from (equal keys,
     * equal views); the view must not change once made. A derivation that fails fails every caller the same way.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<InputData, T> derivation) {
        FutureTask<Object> task = new FutureTask<>(() -> derivation.apply(this));
        FutureTask<Object> first = derived.putIfAbsent(key, task);
        if (first == null) {
            task.run();
            first = task;
        }
        return (T) BackgroundWork.await(first);
    }
}
