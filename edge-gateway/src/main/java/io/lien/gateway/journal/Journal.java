package io.lien.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The gateway's store-and-forward journal: every clean event is on disk (forced) before the
 * device that caused it is acknowledged, and leaves only once the central broker acknowledged it.
 * Entries are {@link #write written} and then {@link #force forced} in groups (one fsync for every
 * device message that arrived meanwhile); the reader hands out only forced entries, so nothing
 * goes upstream that a crash could still take back.
 * Append-only segments of CRC-checked records; an "acked" watermark file; a torn record at the
 * end of the last segment (a crash mid-write) is cut off at recovery. Bounded by size and age,
 * with room kept for shopper actions so they are the last thing ever dropped (decision 0007).
 * One writer thread and one reader thread.
 */
public final class Journal implements AutoCloseable {

    public enum Priority { NORMAL, SHOPPER_ACTION }

    /** What became of an append. */
    public enum Admission { STORED, DROPPED_FULL }

    public record Entry(long seq, Priority priority, long ts, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    public record Settings(long maxBytes, long maxAgeMillis, long segmentBytes) {
        /** Normal events may fill this share of the journal; the rest is kept for shopper actions. */
        static final double NORMAL_SHARE = 0.9;
    }

    private static final int HEADER = 4 + 8 + 1 + 8;
    private static final int MAX_PAYLOAD = 64 * 1024;

    private final Path dir;
    private final Settings settings;
    private final Deque<Segment> segments = new ArrayDeque<>();
    private final TreeSet<Long> ackedAhead = new TreeSet<>();
    private final Path ackedFile;
    private volatile long watermark;
    private long lastAppendedSeq = -1;
    private FileChannel reader;
    private Segment readerSegment;
    private long readerPosition;
    private long tornBytesCut;

    public Journal(Path dir, Settings settings) throws IOException {
        this.dir = dir;
        this.settings = settings;
        Files.createDirectories(dir);
        this.ackedFile = dir.resolve("acked");
        this.watermark = Files.exists(ackedFile) ? Long.parseLong(Files.readString(ackedFile).trim()) : -1;
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".seg")).sorted().forEach(p -> segments.add(Segment.recover(p)));
        }
        segments.forEach(s -> lastAppendedSeq = Math.max(lastAppendedSeq, s.lastSeq));
        tornBytesCut = segments.stream().mapToLong(s -> s.tornBytes).sum();
        dropSegmentsUpTo(watermark);
    }

    /** Writes and forces one entry. {@code seq} must increase from one append to the next. */
    public synchronized Admission append(long seq, Priority priority, long ts, byte[] payload) {
        Admission admission = write(seq, priority, ts, payload);
        force();
        return admission;
    }

    /** Puts every entry written so far on disk; until then the reader does not hand them out. */
    public synchronized void force() {
        for (Segment s : segments) {
            s.force();
        }
    }

    /**
     * Writes one entry without forcing it: it counts as journalled only after the next
     * {@link #force}. {@code seq} must increase from one write to the next.
     */
    public synchronized Admission write(long seq, Priority priority, long ts, byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("journal entries are at most " + MAX_PAYLOAD + " bytes");
        }
        if (seq <= lastAppendedSeq) {
            throw new IllegalArgumentException("seq " + seq + " not after " + lastAppendedSeq);
        }
        int size = HEADER + payload.length + 4;
        long limit = priority == Priority.SHOPPER_ACTION ? settings.maxBytes()
                : (long) (settings.maxBytes() * Settings.NORMAL_SHARE);
        if (bytes() + size > limit) {
            return Admission.DROPPED_FULL;
        }
        Segment tail = segments.peekLast();
        if (tail == null || tail.end + size > settings.segmentBytes()) {
            tail = Segment.create(dir, seq);
            segments.addLast(tail);
        }
        tail.write(seq, priority, ts, payload);
        lastAppendedSeq = seq;
        return Admission.STORED;
    }

    /**
     * The next entry not yet handed out, in append order, skipping entries already acknowledged
     * before a restart and normal entries older than the age bound (counted by the caller via
     * {@link Expired}).
     */
    public synchronized Optional<Entry> next(long now, Expired expired) {
        while (true) {
            if (readerSegment != null && readerPosition >= readerSegment.forcedEnd && readerPosition < readerSegment.end) {
                return Optional.empty(); // written, not yet on disk
            }
            if (readerSegment == null || readerPosition >= readerSegment.end) {
                // the reader has read all of its segment; move on only once a newer one exists
                Segment following = following(readerSegment);
                if (following == null) {
                    return Optional.empty();
                }
                openReader(following);
                continue;
            }
            Entry e = readerSegment.read(reader, readerPosition);
            readerPosition += HEADER + e.payload().length + 4;
            if (e.seq() <= watermark) {
                continue;
            }
            if (e.priority() == Priority.NORMAL && settings.maxAgeMillis() > 0 && now - e.ts() > settings.maxAgeMillis()) {
                expired.dropped(e);
                ack(e.seq());
                continue;
            }
            return Optional.of(e);
        }
    }

    /** Called with the entries dropped for age, so the gateway can count them. */
    public interface Expired {
        void dropped(Entry entry);
    }

    /** The central broker has this entry. Advances the watermark over every contiguous ack. */
    public synchronized void ack(long seq) {
        if (seq <= watermark) {
            return;
        }
        ackedAhead.add(seq);
        long next = watermark;
        while (!ackedAhead.isEmpty()) {
            long candidate = ackedAhead.first();
            if (!isPendingBefore(candidate, next)) {
                break;
            }
            ackedAhead.pollFirst();
            next = candidate;
        }
        watermark = next;
    }

    /** True when no journal entry lies strictly between the watermark and {@code candidate}. */
    private boolean isPendingBefore(long candidate, long mark) {
        for (Segment s : segments) {
            if (s.hasSeqBetween(mark, candidate)) {
                return false;
            }
        }
        return true;
    }

    /** Persists the watermark and deletes fully acknowledged segments. Call every few hundred ms. */
    public synchronized void checkpoint() {
        try {
            Path tmp = dir.resolve("acked.tmp");
            Files.writeString(tmp, Long.toString(watermark), StandardCharsets.US_ASCII);
            Files.move(tmp, ackedFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist the journal watermark", e);
        }
        dropSegmentsUpTo(watermark);
    }

    /** Entries appended and not yet acknowledged. */
    public synchronized long pending() {
        return segments.stream().mapToLong(s -> s.countAfter(watermark)).sum();
    }

    public synchronized long bytes() {
        return segments.stream().mapToLong(s -> s.end).sum();
    }

    public long watermark() {
        return watermark;
    }

    public long lastAppendedSeq() {
        return lastAppendedSeq;
    }

    /** Bytes of a torn last record cut off at recovery (a crash in the middle of a write). */
    public long tornBytesCut() {
        return tornBytesCut;
    }

    private Segment following(Segment current) {
        boolean found = current == null;
        for (Segment s : segments) {
            if (found) {
                return s;
            }
            found = s == current;
        }
        return null;
    }

    private void openReader(Segment segment) {
        try {
            if (reader != null) {
                reader.close();
            }
            reader = FileChannel.open(segment.path, StandardOpenOption.READ);
            readerSegment = segment;
            readerPosition = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropSegmentsUpTo(long mark) {
        while (segments.size() > 1 && segments.peekFirst().lastSeq <= mark && segments.peekFirst() != readerSegment) {
            segments.pollFirst().delete();
        }
    }

    @Override
    public synchronized void close() {
        try {
            checkpoint();
            if (reader != null) {
                reader.close();
            }
        } catch (IOException | UncheckedIOException e) {
            // closing after a failed disk: nothing more to save
        }
        segments.forEach(Segment::close);
    }

    static int crc(ByteBuffer buffer) {
        CRC32 crc = new CRC32();
        crc.update(buffer);
        return (int) crc.getValue();
    }

    static int headerSize() {
        return HEADER;
    }

    static int maxPayload() {
        return MAX_PAYLOAD;
    }
}
