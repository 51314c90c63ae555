package org.safepassage.transport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The planning instance and plan files of the {@code plan} command (contract in DESIGN.md). An instance is read
 * whole and refused whole: every problem is reported with the path of the field, such as
 * {@code households[12].size: must be a positive integer}, and nothing is planned from a file with one.
 */
public final class PlanningJson {

    /** Enough to fix a file by; a file with thousands of broken rows is better fixed at its source. */
    static final int MAX_PROBLEMS = 100;

    private static final Set<String> INSTANCE_FIELDS = Set.of("households", "vehicles");
    private static final Set<String> HOUSEHOLD_FIELDS = Set.of("ref", "size", "destination", "medicalSeats",
            "wheelchairSpaces", "priority", "registeredOn", "block");
    private static final Set<String> VEHICLE_FIELDS = Set.of("ref", "seats", "medicalSeats", "wheelchairSpaces",
            "destination");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PlanningJson() {
    }

    /** The outcome of reading an instance: the instance, or why it was refused. */
    public sealed interface Reading {
    }

    public record Valid(PlanningInstance instance) implements Reading {
    }

    /** @param problems each as {@code path: rule}, in file order */
    public record Invalid(List<String> problems) implements Reading {
    }

    public static Reading read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            return new Invalid(List.of("instance: not valid JSON" + (location == null ? "" : " at line "
                    + location.getLineNr() + ", column " + location.getColumnNr()) + ": " + e.getOriginalMessage()));
        }
        var problems = new Problems();
        if (root == null || !root.isObject()) {
            problems.add("instance", "must be a JSON object with households and vehicles");
            return new Invalid(problems.list);
        }
        unknownFields(root, INSTANCE_FIELDS, "", problems);
        List<TravellingUnit> units = list(root, "households", problems, PlanningJson::household);
        List<VehicleCapacity> vehicles = list(root, "vehicles", problems, PlanningJson::vehicle);
        uniqueRefs(root.path("households"), "households", problems);
        uniqueRefs(root.path("vehicles"), "vehicles", problems);
        if (!problems.list.isEmpty()) {
            return new Invalid(problems.list);
        }
        return new Valid(new PlanningInstance(units, vehicles));
    }

    public static String write(ConvoyPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode assignments = root.putArray("assignments");
        plan.assignments().forEach(a -> assignments.addObject().put("household", a.unit()).put("vehicle", a.vehicle()));
        ArrayNode unassigned = root.putArray("unassigned");
        plan.unassigned().forEach(unassigned::add);
        root.put("score", plan.score());
        return MAPPER.writeValueAsString(root) + System.lineSeparator();
    }

    private interface Element<T> {
        T read(JsonNode node, String path, Problems problems);
    }

    private static <T> List<T> list(JsonNode root, String field, Problems problems, Element<T> element) {
        JsonNode array = root.get(field);
        var result = new ArrayList<T>();
        if (array == null || array.isNull()) {
            problems.add(field, "is required");
        } else if (!array.isArray()) {
            problems.add(field, "must be an array");
        } else {
            for (int i = 0; i < array.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode node = array.get(i);
                if (!node.isObject()) {
                    problems.add(path, "must be an object");
                    continue;
                }
                T value = element.read(node, path, problems);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    private static TravellingUnit household(JsonNode node, String path, Problems problems) {
        int before = problems.total;
        unknownFields(node, HOUSEHOLD_FIELDS, path + ".", problems);
        String ref = text(node, path, "ref", true, problems);
        Integer size = integer(node, path, "size", 1, problems);
        String destination = text(node, path, "destination", true, problems);
        Integer medicalSeats = integer(node, path, "medicalSeats", 0, problems);
        Integer wheelchairSpaces = integer(node, path, "wheelchairSpaces", 0, problems);
        Integer priority = integer(node, path, "priority", Integer.MIN_VALUE, problems);
        LocalDate registeredOn = date(node, path, "registeredOn", problems);
        String block = text(node, path, "block", false, problems);
        if (size != null) {
            notMore(medicalSeats, size, path, "medicalSeats", "size", problems);
            notMore(wheelchairSpaces, size, path, "wheelchairSpaces", "size", problems);
        }
        if (problems.total > before) {
            return null;
        }
        return TravellingUnit.wholeHousehold(ref, size, destination, medicalSeats, wheelchairSpaces, priority,
                registeredOn, block);
    }

    private static VehicleCapacity vehicle(JsonNode node, String path, Problems problems) {
        int before = problems.total;
        unknownFields(node, VEHICLE_FIELDS, path + ".", problems);
        String ref = text(node, path, "ref", true, problems);
        Integer seats = integer(node, path, "seats", 1, problems);
        Integer medicalSeats = integer(node, path, "medicalSeats", 0, problems);
        Integer wheelchairSpaces = integer(node, path, "wheelchairSpaces", 0, problems);
        String destination = text(node, path, "destination", false, problems);
        if (seats != null) {
            notMore(medicalSeats, seats, path, "medicalSeats", "seats", problems);
            notMore(wheelchairSpaces, seats, path, "wheelchairSpaces", "seats", problems);
        }
        if (problems.total > before) {
            return null;
        }
        return new VehicleCapacity(ref, seats, medicalSeats, wheelchairSpaces, destination);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, Problems problems) {
        node.propertyNames().stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> problems.add(prefix + name, "unknown field (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")"));
    }

    private static String text(JsonNode node, String path, String field, boolean required, Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field, "is required");
            }
            return null;
        }
        if (!value.isString() || (required && value.stringValue().isBlank())) {
            problems.add(path + "." + field, required ? "must be a non-blank string" : "must be a string or null");
            return null;
        }
        return value.stringValue();
    }

    /** @param minimum 1 for positive, 0 for non-negative, {@code Integer.MIN_VALUE} for any integer */
    private static Integer integer(JsonNode node, String path, String field, int minimum, Problems problems) {
        JsonNode value = node.get(field);
        String rule = minimum == 1 ? "must be a positive integer"
                : minimum == 0 ? "must be a non-negative integer" : "must be an integer";
        if (value == null || value.isNull()) {
            problems.add(path + "." + field, "is required (" + rule.substring("must be ".length()) + ")");
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < minimum) {
            problems.add(path + "." + field, rule);
            return null;
        }
        return value.intValue();
    }

    private static LocalDate date(JsonNode node, String path, String field, Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(path + "." + field, "is required (an ISO date, YYYY-MM-DD)");
            return null;
        }
        try {
            if (value.isString()) {
                return LocalDate.parse(value.stringValue());
            }
        } catch (DateTimeParseException e) {
            // reported below, with the rule rather than the parser's words
        }
        problems.add(path + "." + field, "must be an ISO date (YYYY-MM-DD)");
        return null;
    }

    private static void notMore(Integer value, int limit, String path, String field, String limitField,
            Problems problems) {
        if (value != null && value > limit) {
            problems.add(path + "." + field, "must not exceed " + limitField + " (" + limit + ")");
        }
    }

    private static void uniqueRefs(JsonNode array, String field, Problems problems) {
        if (!array.isArray()) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode ref = array.get(i).path("ref");
            if (ref.isString() && !ref.stringValue().isBlank()) {
                Integer earlier = first.putIfAbsent(ref.stringValue().strip(), i);
                if (earlier != null) {
                    problems.add(field + "[" + i + "].ref", "duplicate of " + field + "[" + earlier + "].ref ("
                            + ref.stringValue() + ")");
                }
            }
        }
    }

    private static final class Problems {
        private final List<String> list = new ArrayList<>();
        private int total;

        void add(String path, String rule) {
            total++;
            if (list.size() < MAX_PROBLEMS) {
                list.add(path + ": " + rule);
            } else if (list.size() == MAX_PROBLEMS) {
                list.add("(more problems not shown)");
            }
        }
    }
}
