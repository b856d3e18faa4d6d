package dev.threefold.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks need of a corpus bench/corpus.py wrote. */
final class BenchCorpus {

    private BenchCorpus() {
    }

    /** The corpus's first unit, which the benchmarks edit (as bench/run.sh does). */
    static Path firstUnit(Path content) throws IOException {
        try (var s = Files.walk(content.resolve("units"))) {
            return s.filter(p -> p.getFileName().toString().equals("unit-00000.yaml")).findFirst().orElseThrow();
        }
    }
}
