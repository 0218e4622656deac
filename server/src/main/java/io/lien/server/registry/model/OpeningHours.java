package io.lien.server.registry.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store's week, written as people write it on a door: {@code "mon-fri 10:00-19:00; sat 10:00-20:00;
 * sun closed"}. A day not named is closed; a day may have two spans ({@code "mon 10:00-13:00 14:00-19:00"}).
 */
public record OpeningHours(Map<DayOfWeek, List<Span>> week) {

    public record Span(LocalTime opens, LocalTime closes) {
    }

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern PART = Pattern.compile("(\\w{3})(?:\\s*-\\s*(\\w{3}))?\\s+(.+)");
    private static final Pattern SPAN = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    public OpeningHours {
        Map<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, spans) -> copy.put(day, List.copyOf(spans)));
        week = java.util.Collections.unmodifiableMap(copy);
    }

    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw new IllegalArgumentException("opening hours are written like \"mon-fri 10:00-19:00; sat 10:00-20:00; sun closed\"");
        }
        Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
        for (String part : text.trim().toLowerCase(Locale.ROOT).split("\\s*;\\s*")) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part + "' is not days and hours (mon-fri 10:00-19:00)");
            }
            List<Span> spans = spans(m.group(3));
            for (DayOfWeek day : days(m.group(1), m.group(2))) {
                if (week.put(day, spans) != null) {
                    throw new IllegalArgumentException(DAYS.get(day.ordinal()) + " is given twice");
                }
            }
        }
        return new OpeningHours(week);
    }

    private static List<DayOfWeek> days(String first, String last) {
        int from = day(first);
        int to = last == null ? from : day(last);
        if (to < from) {
            throw new IllegalArgumentException(first + "-" + last + " runs backwards (the week starts on mon)");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            days.add(DayOfWeek.of(d + 1));
        }
        return days;
    }

    private static int day(String s) {
        int i = DAYS.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("'" + s + "' is not a day (mon, tue, wed, thu, fri, sat, sun)");
        }
        return i;
    }

    private static List<Span> spans(String text) {
        if (text.equals("closed")) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                break;
            }
            LocalTime opens = time(m.group(1), m.group(2));
            LocalTime closes = time(m.group(3), m.group(4));
            if (!closes.isAfter(opens) || (!spans.isEmpty() && !opens.isAfter(spans.get(spans.size() - 1).closes()))) {
                throw new IllegalArgumentException("'" + m.group() + "' does not run forward in the day");
            }
            spans.add(new Span(opens, closes));
            end = m.end();
        }
        if (spans.isEmpty() || !text.substring(end).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not hours (10:00-19:00) nor closed");
        }
        return spans;
    }

    private static LocalTime time(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException(h + ":" + m + " is not a time of day");
        }
        return LocalTime.of(hour, minute);
    }

    /** Whether the store is open at that day and time. */
    public boolean isOpen(DayOfWeek day, LocalTime time) {
        return week.getOrDefault(day, List.of()).stream().anyMatch(s -> !time.isBefore(s.opens()) && time.isBefore(s.closes()));
    }

    /** The same week, written the one way ({@code "mon-fri 10:00-19:00; sat 10:00-20:00; sun closed"}). */
    public String text() {
        List<String> parts = new ArrayList<>();
        int d = 0;
        while (d < 7) {
            List<Span> spans = week.getOrDefault(DayOfWeek.of(d + 1), List.of());
            int last = d;
            while (last + 1 < 7 && week.getOrDefault(DayOfWeek.of(last + 2), List.of()).equals(spans)) {
                last++;
            }
            String days = last == d ? DAYS.get(d) : DAYS.get(d) + "-" + DAYS.get(last);
            parts.add(days + " " + (spans.isEmpty() ? "closed" : spans.stream().map(s -> s.opens() + "-" + s.closes())
                    .collect(java.util.stream.Collectors.joining(" "))));
            d = last + 1;
        }
        return String.join("; ", parts);
    }
}
