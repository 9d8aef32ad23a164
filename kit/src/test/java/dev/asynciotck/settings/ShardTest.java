package dev.asynciotck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code --shard I/N}: one of N parts of a fuzz campaign. */
class ShardTest {

    @Test
    void thePartsOfACampaignHaveSeedsOfTheirOwnAndShareItsPrograms() {
        Set<Long> seeds = new HashSet<>();
        int tries = 0;
        for (int i = 1; i <= 7; i++) {
            Shard shard = Shard.parse(i + "/7");
            seeds.add(shard.seed(42));
            tries += shard.tries(1000);
        }
        assertEquals(7, seeds.size(), "every part has a seed of its own");
        assertTrue(tries >= 1000 && tries < 1007, "the parts together try the campaign's programs, rounded up: " + tries);
        assertEquals(Shard.parse("3/4").seed(42), new Shard(3, 4).seed(42), "a part's seed depends only on the campaign's");
    }

    @Test
    void aShardThatIsNotIOfNIsRefusedWithWhatIsExpected() {
        for (String wrong : new String[] {"0/4", "5/4", "4", "a/b", "1/0", "1/2/3"}) {
            SettingException e = assertThrows(SettingException.class, () -> Shard.parse(wrong));
            assertTrue(e.getMessage().contains("expected I/N") && e.getMessage().contains("'" + wrong + "'"), e.getMessage());
        }
    }
}
