package dev.asynciotck.properties;

import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of writes, pauses and a close between a client and a server on loopback,
 * decoded from a list of integers. The first one picks how the client ends: {@code close()}, or
 * {@code write_eof()} (the server's protocol then lets its transport close). Each later one makes
 * the client write a chunk ({@code write}: 1 to 100 bytes, or 1,000,000 to 5,000,000, more than the
 * transport's high water mark), write two or three chunks at once ({@code writelines}), pause or
 * resume the server's reading ({@code pause_reading()}, {@code resume_reading()}), or let the loop
 * run ({@code sleep(0)}). Each chunk repeats one letter, the next letter for the next chunk, so the
 * order of the bytes shows: before each write, the program tells the server's protocol the run of
 * bytes to expect, and the protocol compares each {@code data_received} with the next bytes of its
 * runs (the program holds no copy of the bytes, which can reach tens of megabytes). The server's
 * reading is resumed at the end, after the client's end (the client's close waits for its buffer to
 * drain). The program records each {@code connection_lost} ({@code client connection_lost},
 * {@code server connection_lost}, with its exception), any data that arrives while the server's
 * reading is paused ({@code data while paused}), then how many bytes were {@code sent} and
 * {@code received}, and how many {@code data_received} calls were {@code chunks not as written}.
 */
public final class IoProgram extends DifferentialProgram {

    /** How the client ends, by the first integer of the recipe. */
    static final List<String> ENDINGS = List.of("close", "write_eof");

    /** How the client ends: an element of {@link #ENDINGS}. */
    final String ending;

    private IoProgram(List<Integer> recipe) {
        super(recipe);
        this.ending = ENDINGS.get(recipe.get(0) % ENDINGS.size());
        StringBuilder main = new StringBuilder("async def main():\n"
                + "    server = await loop.create_server(Sink, \"127.0.0.1\", 0)\n"
                + "    conn = await loop.create_connection(Source, \"127.0.0.1\", server.sockets[0].getsockname()[1])\n"
                + "    t = conn[0]\n    sink = await accepted\n");
        boolean paused = false;
        int chunks = 0;
        long total = 0;
        for (int i = 1; i < recipe.size(); i++) {
            int op = recipe.get(i);
            int param = op / 5;
            switch (op % 5) {
                case 0 -> {
                    total += run(main, chunks++, param);
                    main.append("    t.write(").append(chunk(chunks - 1, param)).append(")\n");
                }
                case 1 -> {
                    StringBuilder list = new StringBuilder();
                    for (int j = 0; j <= 1 + param % 2; j++) {
                        total += run(main, chunks, param / 3 + j);
                        list.append(j == 0 ? "" : ", ").append(chunk(chunks++, param / 3 + j));
                    }
                    main.append("    t.writelines([").append(list).append("])\n");
                }
                case 2 -> {
                    if (!paused) {
                        main.append("    sink.transport.pause_reading()\n    sink.paused = True\n");
                        paused = true;
                    }
                }
                case 3 -> {
                    if (paused) {
                        main.append("    sink.paused = False\n    sink.transport.resume_reading()\n");
                        paused = false;
                    }
                }
                default -> main.append("    await asyncio.sleep(0)\n");
            }
        }
        main.append(ending.equals("close") ? "    t.close()\n" : "    t.write_eof()\n");
        if (paused) {
            main.append("    sink.paused = False\n    sink.transport.resume_reading()\n");
        }
        main.append("    await sink.lost\n    await conn[1].lost\n")
                .append("    record(\"sent\", ").append(total).append(")\n")
                .append("    record(\"received\", sink.received)\n")
                .append("    record(\"chunks not as written\", sink.wrong)\n")
                .append("    server.close()\n    await server.wait_closed()\n\n");
        text("class Sink(asyncio.Protocol):\n"
                + "    def __init__(self):\n        self.runs = []\n        self.run = 0\n        self.offset = 0\n"
                + "        self.received = 0\n        self.wrong = 0\n        self.paused = False\n"
                + "        self.lost = loop.create_future()\n"
                + "    def connection_made(self, transport):\n        self.transport = transport\n"
                + "        accepted.set_result(self)\n"
                + "    def data_received(self, data):\n        if self.paused:\n"
                + "            record(\"data while paused\", len(data))\n"
                + "        self.received = self.received + len(data)\n"
                + "        expected = b\"\"\n        left = len(data)\n"
                + "        while left > 0 and self.run < len(self.runs):\n"
                + "            r = self.runs[self.run]\n            take = r[1] - self.offset\n"
                + "            if take > left:\n                take = left\n"
                + "            expected = expected + r[0] * take\n            left = left - take\n"
                + "            self.offset = self.offset + take\n"
                + "            if self.offset == r[1]:\n                self.run = self.run + 1\n"
                + "                self.offset = 0\n"
                + "        if data != expected:\n            self.wrong = self.wrong + 1\n"
                + "    def connection_lost(self, exc):\n        record(\"server connection_lost\", exc)\n"
                + "        self.lost.set_result(None)\n\n"
                + "class Source(asyncio.Protocol):\n"
                + "    def __init__(self):\n        self.lost = loop.create_future()\n"
                + "    def connection_lost(self, exc):\n        record(\"client connection_lost\", exc)\n"
                + "        self.lost.set_result(None)\n\n"
                + main + "accepted = loop.create_future()\nloop.run_until_complete(main())\n");
    }

    /** Tells the server the next run of bytes it should receive; returns its length. */
    private static int run(StringBuilder main, int n, int size) {
        main.append("    sink.runs = sink.runs + [[b\"").append(letter(n)).append("\", ").append(times(size)).append("]]\n");
        return times(size);
    }

    /**
     * A chunk: the n-th letter, repeated 1 to 100 times, or, for one size in three, 1,000,000 to
     * 5,000,000 times (a loopback socket takes about 4 MB at once: two such writes in a row make the
     * transport buffer what the socket did not take).
     */
    private static String chunk(int n, int size) {
        return "b\"" + letter(n) + "\" * " + times(size);
    }

    private static char letter(int n) {
        return (char) ('a' + n % 26);
    }

    private static int times(int size) {
        return size % 3 == 2 ? 1_000_000 + size * 99_991 % 4_000_000 : 1 + size % 100;
    }

    /** Programs of 1 to 15 operations after the ending. */
    static final ProgramFamily<IoProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(2, 16), IoProgram::new);
}
