package uk.chatbatch.annexa;

import java.util.List;
import uk.chatbatch.model.table.CollectedRecords;
import uk.chatbatch.model.table.TableRecord;

/** Keeps everything ingest sends, for assertions. */
public final class CollectingSink extends CollectedRecords<TableRecord> implements IngestSink {

    public List<TableRecord> clean(AnnexAList list) {
        return clean(r -> r.table() == list);
    }
}
