package io.lien.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One journal file: records {@code [length:int][seq:long][priority:byte][ts:long][payload][crc:int]},
 * the CRC over everything before it. {@code end} is the length of the valid records.
 */
final class Segment {

    final Path path;
    private final FileChannel writer;
    private final List<Long> seqs = new ArrayList<>();
    long end;
    /** How much of {@link #end} is known to be on disk: a reader hands out nothing beyond it. */
    long forcedEnd;
    long lastSeq = -1;
    long tornBytes;

    private Segment(Path path, FileChannel writer) {
        this.path = path;
        this.writer = writer;
    }

    static Segment create(Path dir, long firstSeq) {
        Path path = dir.resolve(String.format("%020d.seg", firstSeq));
        try {
            return new Segment(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create journal segment " + path, e);
        }
    }

    /** Reads a segment back after a restart, keeping every whole record and cutting a torn tail. */
    static Segment recover(Path path) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Segment s = new Segment(path, channel);
            long size = channel.size();
            long pos = 0;
            while (pos < size) {
                Journal.Entry e = s.tryRead(channel, pos, size);
                if (e == null) {
                    break;
                }
                s.seqs.add(e.seq());
                s.lastSeq = e.seq();
                pos += Journal.headerSize() + e.payload().length + 4;
            }
            s.end = pos;
            s.forcedEnd = pos;
            s.tornBytes = size - pos;
            if (pos < size) {
                channel.truncate(pos);
                channel.force(true);
            }
            channel.position(pos);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover journal segment " + path, e);
        }
    }

    void write(long seq, Journal.Priority priority, long ts, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(Journal.headerSize() + payload.length + 4);
        b.putInt(payload.length).putLong(seq).put((byte) priority.ordinal()).putLong(ts).put(payload);
        b.flip();
        int crc = Journal.crc(b.duplicate());
        b.limit(b.capacity());
        b.position(Journal.headerSize() + payload.length);
        b.putInt(crc);
        b.flip();
        try {
            while (b.hasRemaining()) {
                writer.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the journal " + path, e);
        }
        seqs.add(seq);
        lastSeq = seq;
        end += b.capacity();
    }

    /** Puts every record written so far on disk. */
    void force() {
        if (forcedEnd == end) {
            return;
        }
        try {
            writer.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the journal " + path, e);
        }
        forcedEnd = end;
    }

    Journal.Entry read(FileChannel channel, long pos) {
        Journal.Entry e = tryRead(channel, pos, end);
        if (e == null) {
            throw new IllegalStateException("journal record at " + pos + " of " + path + " is damaged");
        }
        return e;
    }

    private Journal.Entry tryRead(FileChannel channel, long pos, long limit) {
        try {
            if (pos + Journal.headerSize() + 4 > limit) {
                return null;
            }
            ByteBuffer header = ByteBuffer.allocate(Journal.headerSize());
            channel.read(header, pos);
            header.flip();
            int length = header.getInt();
            if (length < 0 || length > Journal.maxPayload() || pos + Journal.headerSize() + length + 4 > limit) {
                return null;
            }
            ByteBuffer whole = ByteBuffer.allocate(Journal.headerSize() + length + 4);
            channel.read(whole, pos);
            whole.flip();
            ByteBuffer body = whole.duplicate();
            body.limit(Journal.headerSize() + length);
            int crc = Journal.crc(body);
            if (crc != whole.getInt(Journal.headerSize() + length)) {
                return null;
            }
            whole.position(4);
            long seq = whole.getLong();
            Journal.Priority priority = Journal.Priority.values()[whole.get() & 1];
            long ts = whole.getLong();
            byte[] payload = new byte[length];
            whole.get(payload);
            return new Journal.Entry(seq, priority, ts, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasSeqBetween(long exclusiveLow, long exclusiveHigh) {
        if (seqs.isEmpty() || seqs.get(seqs.size() - 1) <= exclusiveLow || seqs.get(0) >= exclusiveHigh) {
            return false;
        }
        int i = lowerBound(exclusiveLow + 1);
        return i < seqs.size() && seqs.get(i) < exclusiveHigh;
    }

    long countAfter(long mark) {
        return seqs.size() - lowerBound(mark + 1);
    }

    private int lowerBound(long value) {
        int lo = 0;
        int hi = seqs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seqs.get(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void close() {
        try {
            writer.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete journal segment " + path, e);
        }
    }
}
