package io.lien.bench;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/** One tablet on a moment stream: when each event's {@code data:} line arrived (System.nanoTime). */
final class SseArrivals implements Flow.Subscriber<String> {

    final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    final AtomicLong count = new AtomicLong();
    private Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (line.startsWith("data:")) {
            arrivals.add(System.nanoTime());
            count.incrementAndGet();
        }
    }

    void reset() {
        arrivals.clear();
        count.set(0);
    }

    void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    @Override
    public void onError(Throwable t) {
    }

    @Override
    public void onComplete() {
    }
}
