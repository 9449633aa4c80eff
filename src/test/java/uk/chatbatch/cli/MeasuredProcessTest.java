package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredProcessTest {

    @Test
    void peakHeapIsTheLargestOccupancyBeforeACollectionAndTheLargestCommittedHeap() {
        List<String> gcLog = List.of(
                "[0.010s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->5M(256M) 3.123ms",
                "[1.902s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 180M->40M(256M) 9.000ms",
                "[2.400s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->90M(512M) 4ms",
                "[3.100s][info][gc] GC(3) Pause Full (System.gc()) 2G->1G(3G) 40.1ms",
                "[3.200s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 900K->100K(2048K) 0.1ms");

        long[] peak = MeasuredProcess.peakHeap(gcLog);

        assertThat(peak[0]).as("2G before the full collection, in MB").isEqualTo(2048);
        assertThat(peak[1]).as("3G committed").isEqualTo(3072);
    }

    @Test
    void noCollectionMeansNoPeakRead() {
        assertThat(MeasuredProcess.peakHeap(List.of("[0.010s][info][gc] Using G1"))).containsExactly(-1, -1);
    }
}
