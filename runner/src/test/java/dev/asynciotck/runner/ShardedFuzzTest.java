package dev.asynciotck.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.settings.Shard;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./tck fuzz --shard I/N}: one part of a campaign, with a seed and programs of its own. */
class ShardedFuzzTest {

    @Test
    void aPartRunsItsShareOfTheCampaignWithASeedOfItsOwn(@TempDir Path report) {
        TckCli.Result part = TckCli.run("fuzz", "--seed", "5", "--tries", "4", "--shard", "2/2", "--report", report.toString());
        assertEquals(0, part.exit(), part::toString);
        assertTrue(part.out().contains("shard 2/2 of the campaign of seed 5 and 4 programs per property"), part::toString);
        long seed = new Shard(2, 2).seed(5);
        assertTrue(part.out().contains("properties: seed " + seed + ", 2 programs each (replay a run with --seed " + seed + ")"),
                part::toString);
    }

    @Test
    void aPartWithoutTheCampaignsSeedIsRefused() {
        TckCli.Result part = TckCli.run("fuzz", "--shard", "1/2");
        assertEquals(2, part.exit(), part::toString);
        assertTrue(part.err().contains("--shard needs --seed"), part::toString);
    }

    @Test
    void aShardThatIsNotIOfNIsRefused() {
        TckCli.Result part = TckCli.run("fuzz", "--seed", "5", "--shard", "3/2");
        assertEquals(2, part.exit(), part::toString);
        assertTrue(part.err().contains("--shard: expected I/N"), part::toString);
    }
}
