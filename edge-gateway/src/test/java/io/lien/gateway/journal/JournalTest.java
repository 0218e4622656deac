package io.lien.gateway.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.lien.gateway.journal.Journal.Priority.NORMAL;
import static io.lien.gateway.journal.Journal.Priority.SHOPPER_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    private static final Journal.Settings ROOMY = new Journal.Settings(10_000_000, 0, 4_096);
    private final List<Journal.Entry> expired = new ArrayList<>();

    @TempDir
    Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Long> drain(Journal j, long now) {
        List<Long> seqs = new ArrayList<>();
        for (Optional<Journal.Entry> e = j.next(now, expired::add); e.isPresent(); e = j.next(now, expired::add)) {
            seqs.add(e.get().seq());
        }
        return seqs;
    }

    @Test
    void entriesComeBackInOrderAcrossSegments() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            for (long s = 0; s < 100; s++) {
                j.append(s, NORMAL, 0, text("event " + s + " " + "x".repeat(100)));
            }
            assertEquals(java.util.stream.LongStream.range(0, 100).boxed().toList(), drain(j, 0));
            assertTrue(segments() > 1, "several segments were written");
        }
    }

    @Test
    void aWrittenEntryIsHandedOutOnlyOnceForcedEvenAcrossASegmentChange() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            j.append(0, NORMAL, 0, text("forced"));
            for (long s = 1; s < 60; s++) {
                j.write(s, NORMAL, 0, text("written " + s + " " + "x".repeat(100)));
            }
            assertEquals(List.of(0L), drain(j, 0), "nothing goes upstream that a crash could take back");
            j.force();
            assertEquals(java.util.stream.LongStream.range(1, 60).boxed().toList(), drain(j, 0));
            assertTrue(segments() > 1, "the writes spanned segments");
        }
    }

    @Test
    void groupedForcingAnswersEveryWaitingMessageOnlyAfterTheForce() throws Exception {
        try (Journal j = new Journal(dir, ROOMY)) {
            List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicInteger forced = new java.util.concurrent.atomic.AtomicInteger();
            try (JournalSync sync = new JournalSync(j, forced::incrementAndGet)) {
                for (long s = 0; s < 20; s++) {
                    j.write(s, NORMAL, 0, text("e" + s));
                    sync.afterForce(new JournalSync.Acknowledgement() {
                        @Override
                        public void journalled() {
                            answers.add("kept");
                        }

                        @Override
                        public void failed(String reason) {
                            answers.add("failed");
                        }
                    });
                }
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> answers.size() == 20);
            }
            assertEquals(java.util.Collections.nCopies(20, "kept"), answers);
            assertEquals(java.util.stream.LongStream.range(0, 20).boxed().toList(), drain(j, 0));
            assertTrue(forced.get() >= 1 && forced.get() <= 20, "one force serves many messages: " + forced.get());
        }
    }

    @Test
    void aRestartReplaysExactlyWhatWasNotAcknowledged() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            for (long s = 0; s < 10; s++) {
                j.append(s, NORMAL, 0, text("e" + s));
            }
            drain(j, 0);
            for (long s = 0; s < 6; s++) {
                j.ack(s);
            }
            j.ack(8);
            j.checkpoint();
        }
        try (Journal j = new Journal(dir, ROOMY)) {
            assertEquals(5, j.watermark());
            assertEquals(List.of(6L, 7L, 8L, 9L), drain(j, 0), "8 was acked out of order: resent, the server dedupes");
            assertEquals(9, j.lastAppendedSeq());
        }
    }

    @Test
    void aTornLastRecordIsCutAndEverythingBeforeItKept() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            j.append(1, NORMAL, 0, text("whole"));
            j.append(2, SHOPPER_ACTION, 0, text("also whole"));
        }
        Path segment = firstSegment();
        try (FileChannel c = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            c.write(java.nio.ByteBuffer.wrap(new byte[]{0, 0, 0, 50, 1, 2, 3}));
        }
        try (Journal j = new Journal(dir, ROOMY)) {
            assertEquals(7, j.tornBytesCut());
            assertEquals(List.of(1L, 2L), drain(j, 0));
            j.append(3, NORMAL, 0, text("after the crash"));
            assertEquals(List.of(3L), drain(j, 0));
        }
    }

    @Test
    void aCorruptedRecordEndsRecoveryThereRatherThanInventingData() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            j.append(1, NORMAL, 0, text("aaaa"));
            j.append(2, NORMAL, 0, text("bbbb"));
        }
        Path segment = firstSegment();
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 6] ^= 0x55;
        Files.write(segment, bytes);
        try (Journal j = new Journal(dir, ROOMY)) {
            assertEquals(List.of(1L), drain(j, 0));
        }
    }

    @Test
    void whenFullNormalEventsAreRefusedFirstAndShopperActionsStillFit() throws IOException {
        Journal.Settings small = new Journal.Settings(2_000, 0, 100_000);
        try (Journal j = new Journal(dir, small)) {
            long seq = 0;
            while (j.append(seq, NORMAL, 0, text("n".repeat(50))) == Journal.Admission.STORED) {
                seq++;
            }
            assertTrue(j.bytes() <= 1_800);
            assertEquals(Journal.Admission.STORED, j.append(++seq, SHOPPER_ACTION, 0, text("like on h-1")));
            assertEquals(Journal.Admission.DROPPED_FULL, j.append(++seq, NORMAL, 0, text("n")));
        }
    }

    @Test
    void oldNormalEventsExpireButShopperActionsDoNot() throws IOException {
        try (Journal j = new Journal(dir, new Journal.Settings(1_000_000, 60_000, 4_096))) {
            j.append(1, NORMAL, 0, text("presence, long ago"));
            j.append(2, SHOPPER_ACTION, 0, text("tap, long ago"));
            j.append(3, NORMAL, 100_000, text("recent"));
            assertEquals(List.of(2L, 3L), drain(j, 120_000));
            assertEquals(1, expired.size());
            assertEquals(1, j.watermark(), "an expired entry counts as handled");
        }
    }

    @Test
    void acknowledgedSegmentsAreDeletedAtCheckpoint() throws IOException {
        try (Journal j = new Journal(dir, ROOMY)) {
            for (long s = 0; s < 200; s++) {
                j.append(s, NORMAL, 0, text("x".repeat(100)));
            }
            long before = segments();
            drain(j, 0).forEach(j::ack);
            j.checkpoint();
            assertEquals(0, j.pending());
            assertTrue(segments() < before, before + " → " + segments());
        }
    }

    private Path firstSegment() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).sorted().findFirst().orElseThrow();
        }
    }

    private long segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).count();
        }
    }
}
