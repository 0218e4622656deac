package io.lien.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed, validating access to the fields of a decoded JSON object. */
public final class Fields {

    private final Map<String, Object> map;

    public Fields(Map<String, Object> map) {
        this.map = map;
    }

    public boolean has(String name) {
        return map.get(name) != null;
    }

    public long longValue(String name, long min, long max) {
        Object value = required(name);
        if (!(value instanceof BigDecimal number)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be a number");
        }
        long result;
        try {
            result = number.longValueExact();
        } catch (ArithmeticException e) {
            throw new ProtocolViolation(RejectReason.OUT_OF_RANGE, name + " must be a whole number in " + min + ".." + max);
        }
        if (result < min || result > max) {
            throw new ProtocolViolation(RejectReason.OUT_OF_RANGE, name + " must be in " + min + ".." + max + ", was " + result);
        }
        return result;
    }

    public int intValue(String name, int min, int max) {
        return (int) longValue(name, min, max);
    }

    public String string(String name, int maxLength) {
        Object value = required(name);
        if (!(value instanceof String s)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be a string");
        }
        if (s.length() > maxLength) {
            throw new ProtocolViolation(RejectReason.OUT_OF_RANGE, name + " must be at most " + maxLength + " characters");
        }
        return s;
    }

    public String optionalString(String name, int maxLength) {
        return has(name) ? string(name, maxLength) : null;
    }

    public String id(String name) {
        Object value = required(name);
        if (!(value instanceof String s) || !Ids.isValid(s)) {
            throw new ProtocolViolation(RejectReason.BAD_ID, name + " must match [A-Za-z0-9_-]{1,32}");
        }
        return s;
    }

    public String optionalId(String name) {
        return has(name) ? id(name) : null;
    }

    public String oneOf(String name, Set<String> allowed) {
        String value = string(name, 64);
        if (!allowed.contains(value)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be one of " + allowed + ", was '" + value + "'");
        }
        return value;
    }

    public List<String> idList(String name, int maxItems) {
        List<Object> items = list(name, maxItems);
        List<String> ids = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String s) || !Ids.isValid(s)) {
                throw new ProtocolViolation(RejectReason.BAD_ID, name + " must hold ids matching [A-Za-z0-9_-]{1,32}");
            }
            ids.add(s);
        }
        return List.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    public List<Fields> objectList(String name, int maxItems) {
        List<Object> items = list(name, maxItems);
        List<Fields> objects = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map)) {
                throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must hold objects");
            }
            objects.add(new Fields((Map<String, Object>) item));
        }
        return objects;
    }

    /** A whole number in {@code min..max}, or {@code otherwise} when absent. */
    public long longValue(String name, long min, long max, long otherwise) {
        return has(name) ? longValue(name, min, max) : otherwise;
    }

    /** A number in {@code min..max}, or {@code null} when absent. */
    public Double optionalNumber(String name, double min, double max) {
        if (!has(name)) {
            return null;
        }
        if (!(map.get(name) instanceof BigDecimal number)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be a number");
        }
        double d = number.doubleValue();
        if (!(d >= min && d <= max)) {
            throw new ProtocolViolation(RejectReason.OUT_OF_RANGE, name + " must be in " + min + ".." + max + ", was " + number);
        }
        return d;
    }

    /** A list of numbers, each in {@code min..max}. */
    public List<Double> numberList(String name, int maxItems, double min, double max) {
        List<Double> numbers = new java.util.ArrayList<>();
        for (Object item : list(name, maxItems)) {
            if (!(item instanceof BigDecimal number)) {
                throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must hold numbers");
            }
            double d = number.doubleValue();
            if (d < min || d > max) {
                throw new ProtocolViolation(RejectReason.OUT_OF_RANGE, name + " must hold numbers in " + min + ".." + max);
            }
            numbers.add(d);
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    public Fields object(String name) {
        Object value = required(name);
        if (!(value instanceof Map)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be an object");
        }
        return new Fields((Map<String, Object>) value);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> raw() {
        return map;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String name, int maxItems) {
        Object value = required(name);
        if (!(value instanceof List)) {
            throw new ProtocolViolation(RejectReason.BAD_VALUE, name + " must be a list");
        }
        List<Object> items = (List<Object>) value;
        if (items.size() > maxItems) {
            throw new ProtocolViolation(RejectReason.TOO_MANY_ITEMS, name + " holds " + items.size() + " items, at most " + maxItems + " allowed");
        }
        return items;
    }

    private Object required(String name) {
        Object value = map.get(name);
        if (value == null) {
            throw new ProtocolViolation(RejectReason.MISSING_FIELD, name + " is required");
        }
        return value;
    }
}
