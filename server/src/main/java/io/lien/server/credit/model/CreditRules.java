package io.lien.server.credit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is credited with an order, and how much of it. Every touch counts once per advisor and kind
 * (the latest one in the window is the one the sentence names); shares are whole percents adding
 * up to exactly 100, amounts whole cents adding up to exactly the order's net amount.
 */
public final class CreditRules {

    private static final long DAY = 86_400_000L;

    public enum TouchKind { SELECTION, CONVERSATION }

    /**
     * Something an advisor did for the client: sent a selection (with these products), or talked
     * with them in store. {@code selectionId}: the selection, for a selection.
     */
    public record Touch(String advisor, TouchKind kind, long ts, Set<String> products, String selectionId) {
        public Touch {
            products = Set.copyOf(products);
        }
    }

    /** The order: when, which products, the selection it was placed from (Lien's own checkout), its net amount. */
    public record Sale(long ts, Set<String> products, String fromSelection, long netCents) {
        public Sale {
            products = Set.copyOf(products);
        }
    }

    /** An advisor's part: the share, the cents, and the touches it rests on (one per kind at most). */
    public record Share(String advisor, int percent, long cents, List<Touch> because) {
        public Share {
            because = List.copyOf(because);
        }
    }

    /** The shares (empty: nobody) and, when nobody, the last touch that came too early to count (to say why). */
    public record Credit(List<Share> shares, Optional<Touch> tooEarly) {
        public Credit {
            shares = List.copyOf(shares);
        }
    }

    public record Windows(int selectionDays, int conversationDays, int selectionShare) {
    }

    private CreditRules() {
    }

    public static Credit of(Sale sale, List<Touch> touches, Windows windows) {
        Map<String, Touch> selections = latestByAdvisor(touches, sale, TouchKind.SELECTION, windows.selectionDays());
        Map<String, Touch> conversations = latestByAdvisor(touches, sale, TouchKind.CONVERSATION, windows.conversationDays());
        if (selections.isEmpty() && conversations.isEmpty()) {
            Optional<Touch> early = touches.stream().filter(t -> t.ts() <= sale.ts()).max(Comparator.comparingLong(Touch::ts));
            return new Credit(List.of(), early);
        }
        int toSelections = conversations.isEmpty() ? 100 : selections.isEmpty() ? 0 : windows.selectionShare();
        Map<String, Integer> basisPoints = new LinkedHashMap<>();
        Map<String, List<Touch>> why = new LinkedHashMap<>();
        split(selections, toSelections * 100, basisPoints, why);
        split(conversations, (100 - toSelections) * 100, basisPoints, why);
        List<String> advisors = new ArrayList<>(basisPoints.keySet());
        int[] percents = wholeParts(advisors.stream().mapToLong(basisPoints::get).toArray(), 100, 10_000);
        long[] cents = wholeCents(percents, sale.netCents());
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < advisors.size(); i++) {
            if (percents[i] > 0) {
                shares.add(new Share(advisors.get(i), percents[i], cents[i], why.get(advisors.get(i))));
            }
        }
        return new Credit(shares, Optional.empty());
    }

    /** Per advisor, their latest touch of that kind that counts for this sale. */
    private static Map<String, Touch> latestByAdvisor(List<Touch> touches, Sale sale, TouchKind kind, int days) {
        Map<String, Touch> out = new LinkedHashMap<>();
        touches.stream().filter(t -> t.kind() == kind && counts(t, sale, days)).sorted(Comparator.comparingLong(Touch::ts).reversed())
                .forEach(t -> out.putIfAbsent(t.advisor(), t));
        return out;
    }

    private static boolean counts(Touch t, Sale sale, int days) {
        if (t.ts() > sale.ts() || sale.ts() - t.ts() > days * DAY) {
            return false;
        }
        if (t.kind() == TouchKind.CONVERSATION) {
            return true;
        }
        // the selection it was placed from; or one that had a piece of this order in it
        return t.selectionId() != null && t.selectionId().equals(sale.fromSelection())
                || t.products().stream().anyMatch(sale.products()::contains);
    }

    private static void split(Map<String, Touch> touches, int basisPoints, Map<String, Integer> into, Map<String, List<Touch>> why) {
        if (touches.isEmpty()) {
            return;
        }
        int each = basisPoints / touches.size();
        int left = basisPoints - each * touches.size();
        for (Touch t : touches.values()) {
            into.merge(t.advisor(), each + (left-- > 0 ? 1 : 0), Integer::sum);
            why.computeIfAbsent(t.advisor(), a -> new ArrayList<>()).add(t);
        }
    }

    /** Whole parts of {@code total} in proportion to {@code weights} (of {@code of}), largest remainders first: they add up to total. */
    static int[] wholeParts(long[] weights, int total, long of) {
        int[] parts = new int[weights.length];
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = (int) (weights[i] * total / of);
            remainders[i] = weights[i] * total % of;
            given += parts[i];
        }
        while (given < total && weights.length > 0) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    /** The net amount in whole cents per percent share, adding up to exactly the net amount. */
    static long[] wholeCents(int[] percents, long net) {
        long[] cents = new long[percents.length];
        long given = 0;
        int largest = 0;
        for (int i = 0; i < percents.length; i++) {
            cents[i] = net * percents[i] / 100;
            given += cents[i];
            largest = percents[i] > percents[largest] ? i : largest;
        }
        if (percents.length > 0) {
            cents[largest] += net - given;
        }
        return cents;
    }
}
