package uk.chatbatch.annexa;

import java.util.List;
import uk.chatbatch.model.table.CollectedRecords;

/** Keeps everything ingest sends, for assertions. */
public final class CollectingSink extends CollectedRecords<AnnexARecord> implements IngestSink {

    public List<AnnexARecord> clean(AnnexAList list) {
        return clean(r -> r.list() == list);
    }
}
