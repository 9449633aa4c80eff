package uk.chatbatch.cin;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.model.table.CollectingRecordSink;

/** Keeps everything the reader sends, with each file's header and result, for assertions. */
final class CinCollectingSink extends CollectingRecordSink implements CinSink {
    final List<CinCensusHeader> headers = new ArrayList<>();
    final List<CinFileResult> ended = new ArrayList<>();

    @Override
    public void startFile(CinCensusHeader header) {
        headers.add(header);
    }

    @Override
    public void endFile(CinFileResult result) {
        ended.add(result);
    }
}
