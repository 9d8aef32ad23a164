package dev.asynciotck.settings;

/**
 * One of N parts of a fuzz campaign ({@link Setting#SHARD}, {@code --shard I/N}): part I runs
 * the campaign's programs per property divided by N (rounded up), with a seed of its own made
 * from the campaign's seed and I, so that the N parts try N different streams of programs, and
 * together as many programs as the campaign. Each part's report is a report of its own;
 * {@code ./tck report combine} merges them.
 *
 * @param index the part, from 1 to {@code count}
 * @param count how many parts the campaign has
 */
public record Shard(int index, int count) {

    /** Checks the range. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /**
     * @param text {@code I/N}
     * @return the shard
     * @throws SettingException when the text is not {@code I/N} with 1 ≤ I ≤ N
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            // the message below says what is expected
        }
        throw new SettingException(Setting.SHARD.origin() + ": expected I/N, part I of N with 1 <= I <= N (e.g. 2/4), got '"
                + text + "'");
    }

    /**
     * @param campaignSeed the campaign's seed, the same for every part
     * @return this part's seed: the campaign's, mixed with the part's index (SplitMix64's finalizer,
     *         a bijection, so two parts of one campaign never share a seed)
     */
    public long seed(long campaignSeed) {
        long z = campaignSeed + index * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param campaignTries the campaign's programs per property
     * @return this part's: the campaign's divided by the number of parts, rounded up
     */
    public int tries(int campaignTries) {
        return (campaignTries + count - 1) / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
