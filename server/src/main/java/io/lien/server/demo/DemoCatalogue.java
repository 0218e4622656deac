package io.lien.server.demo;

import io.lien.server.registry.Beacon;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Names;
import io.lien.server.registry.Product;
import io.lien.server.registry.Reader;
import io.lien.server.registry.Zone;

import java.util.ArrayList;
import java.util.List;

/** Zones, garments and devices of the demo store; ids match the simulator's demo layout. */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static List<Zone> zones(String store) {
        return List.of(new Zone("entrance", store, Names.of("en", "the entrance", "fr", "l'entrée"), null, Zone.ENTRANCE),
                new Zone("coats", store, Names.of("en", "Coats", "fr", "Manteaux"), null, Zone.FLOOR),
                new Zone("accessories", store, Names.of("en", "Accessories", "fr", "Accessoires"), null, Zone.FLOOR),
                new Zone("knitwear", store, Names.of("en", "Knitwear", "fr", "Mailles"), null, Zone.FLOOR),
                new Zone("dresses", store, Names.of("en", "Dresses", "fr", "Robes"), null, Zone.FLOOR),
                new Zone("fitting-rooms", store, Names.of("en", "the fitting rooms", "fr", "les cabines"), null, Zone.FLOOR),
                new Zone("fitting-1", store, Names.of("en", "fitting room 1", "fr", "cabine 1"), "fitting-rooms", Zone.FITTING_ROOM),
                new Zone("fitting-2", store, Names.of("en", "fitting room 2", "fr", "cabine 2"), "fitting-rooms", Zone.FITTING_ROOM));
    }

    static List<Product> products() {
        return List.of(
                new Product("p-trench-navy", Names.of("en", "the navy trench coat", "fr", "le trench bleu marine"), "coat", "navy-heritage", 42_000),
                new Product("p-coat-camel", Names.of("en", "the camel wool coat", "fr", "le manteau en laine camel"), "coat", "camel-line", 49_000),
                new Product("p-sweater-cashmere", Names.of("en", "the grey cashmere sweater", "fr", "le pull en cachemire gris"), "knitwear", "essentials", 19_000),
                new Product("p-cardigan-ecru", Names.of("en", "the ecru cable cardigan", "fr", "le cardigan torsadé écru"), "knitwear", "camel-line", 16_000),
                new Product("p-dress-emerald", Names.of("en", "the emerald wrap dress", "fr", "la robe portefeuille émeraude"), "dress", "garden-party", 23_000),
                new Product("p-dress-floral", Names.of("en", "the floral midi dress", "fr", "la robe midi fleurie"), "dress", "garden-party", 21_000),
                new Product("p-scarf-navy", Names.of("en", "the navy silk scarf", "fr", "le foulard en soie bleu marine"), "accessory", "navy-heritage", 9_500),
                new Product("p-tote-tan", Names.of("en", "the tan leather tote", "fr", "le cabas en cuir fauve"), "accessory", "camel-line", 32_000),
                new Product("p-shirt-linen", Names.of("en", "the cream linen shirt", "fr", "la chemise en lin crème"), "shirt", "garden-party", 11_000));
    }

    /** h-001…h-040 on four racks; h-003 is the navy trench in 38, h-024 the emerald dress in 36. */
    static List<Hanger> hangers(String store) {
        List<Hanger> hangers = new ArrayList<>();
        rack(hangers, store, 1, "coats", "p-trench-navy", "navy", "36", "36", "38", "40", "42");
        rack(hangers, store, 6, "coats", "p-coat-camel", "camel", "36", "38", "40", "42", "44");
        rack(hangers, store, 11, "knitwear", "p-sweater-cashmere", "grey", "XS", "S", "M", "L", "XL");
        rack(hangers, store, 16, "knitwear", "p-cardigan-ecru", "ecru", "XS", "S", "M", "L", "XL");
        rack(hangers, store, 21, "dresses", "p-dress-emerald", "emerald", "34", "34", "36", "36", "38");
        rack(hangers, store, 26, "dresses", "p-dress-floral", "floral", "34", "36", "38", "40", "42");
        rack(hangers, store, 31, "accessories", "p-scarf-navy", "navy", "TU", "TU", "TU", "TU", "TU");
        rack(hangers, store, 36, "accessories", "p-tote-tan", "tan", "TU", "TU", "TU", "TU", "TU");
        return hangers;
    }

    private static void rack(List<Hanger> into, String store, int first, String zone, String product, String colour,
                             String... sizes) {
        for (int i = 0; i < sizes.length; i++) {
            into.add(new Hanger(String.format("h-%03d", first + i), store, product, sizes[i], colour, zone));
        }
    }

    static List<Beacon> beacons(String store) {
        // one beacon in the middle of each zone, 8 m apart (the simulator's demo store has the same plan)
        return List.of(new Beacon("b-entrance", store, "entrance", 0.0, 0.0), new Beacon("b-coats", store, "coats", 8.0, 0.0),
                new Beacon("b-accessories", store, "accessories", 16.0, 0.0), new Beacon("b-knitwear", store, "knitwear", 0.0, 8.0),
                new Beacon("b-dresses", store, "dresses", 8.0, 8.0), new Beacon("b-fitting", store, "fitting-rooms", 16.0, 8.0));
    }

    /** Every device of the demo store, each of which gets the demo secret. */
    static List<String> deviceIds(String store) {
        return java.util.stream.Stream.of(hangers(store).stream().map(Hanger::id), beacons(store).stream().map(Beacon::id),
                readers(store).stream().map(Reader::id), fixtures(store).stream().map(Fixture::id))
                .flatMap(s -> s).toList();
    }

    static List<Reader> readers(String store) {
        return List.of(new Reader("r-fit-1", store, "fitting-1"), new Reader("r-fit-2", store, "fitting-2"));
    }

    static List<Fixture> fixtures(String store) {
        return List.of(new Fixture("mirror-1", store, "fitting-rooms", "smart-mirror"));
    }
}
