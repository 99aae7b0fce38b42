package org.caravan.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChunkedInTest {

    @Test
    void queriesEveryValueOnceInChunksOfAtMostTheChunkSize() {
        List<Integer> values = IntStream.range(0, 1201).boxed().toList();
        List<Integer> chunkSizes = new ArrayList<>();
        List<Integer> found = ChunkedIn.query(values, chunk -> {
            chunkSizes.add(chunk.size());
            return chunk.stream().map(v -> v * 2).toList();
        });
        assertThat(chunkSizes).containsExactly(500, 500, 201);
        assertThat(found).containsExactlyElementsOf(values.stream().map(v -> v * 2).toList());
    }

    @Test
    void anEmptyListRunsNoQuery() {
        List<Integer> chunkSizes = new ArrayList<>();
        List<Integer> found = ChunkedIn.query(List.<Integer>of(), chunk -> {
            chunkSizes.add(chunk.size());
            return chunk;
        });
        assertThat(found).isEmpty();
        assertThat(chunkSizes).as("an empty IN list is a syntax error in SQL").isEmpty();
    }

    @Test
    void aListOfExactlyOneChunkIsOneQuery() {
        List<Integer> chunkSizes = new ArrayList<>();
        ChunkedIn.query(IntStream.range(0, ChunkedIn.CHUNK).boxed().toList(), chunk -> {
            chunkSizes.add(chunk.size());
            return List.of();
        });
        assertThat(chunkSizes).containsExactly(ChunkedIn.CHUNK);
    }
}
