package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Zone;
import io.lien.server.setup.application.DeviceLife;
import io.lien.server.setup.application.StoreDevices;
import io.lien.server.setup.application.StoreSetup;
import io.lien.server.registry.model.Polygon;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The store's plan as the pages draw it, in metres: the outline (a 20 × 12 m sketch until one is drawn), the
 * zones in use with their names, and every beacon, reader and fixture placed, coloured by how it is doing.
 */
@Singleton
class PlanDrawing {

    private static final Polygon SKETCH = Polygon.rectangle(20, 12);

    private final StoreSetup stores;
    private final DeviceRegistry registry;
    private final StoreDevices devices;
    private final DeviceLife lives;
    private final io.lien.server.setup.application.PlanPictures pictures;

    PlanDrawing(StoreSetup stores, DeviceRegistry registry, StoreDevices devices, DeviceLife lives,
                io.lien.server.setup.application.PlanPictures pictures) {
        this.pictures = pictures;
        this.stores = stores;
        this.registry = registry;
        this.devices = devices;
        this.lives = lives;
    }

    OfficeViews.Plan of(String storeId, Locale reader) {
        java.util.Optional<Polygon> drawn = stores.outline(storeId);
        Polygon outline = drawn.orElse(SKETCH);
        OfficeViews.Picture picture = pictures.of(storeId).map(p -> new OfficeViews.Picture("/office/stores/" + storeId
                + "/plan/picture?v=" + p.updatedAt(), p.widthM(), p.heightM())).orElse(null);
        double width = Math.max(1, Math.max(outline.maxX(), picture == null ? 0 : picture.width()));
        double depth = Math.max(1, Math.max(outline.maxY(), picture == null ? 0 : picture.height()));
        double margin = Math.max(width, depth) * 0.04;
        List<OfficeViews.ZoneShape> zones = new ArrayList<>();
        for (Zone z : registry.zonesOf(storeId)) {
            if (z.retired() || z.shape() == null) {
                continue;
            }
            Polygon shape = Polygon.parse(z.shape());
            // the name above the middle, where a beacon usually hangs
            zones.add(new OfficeViews.ZoneShape(z.id(), z.name(reader), points(shape), shape.centre().x(),
                    shape.centre().y() - Math.max(width, depth) * 0.035, z.kind()));
        }
        Map<String, DeviceLife.Life> life = lives.of(storeId);
        double size = Math.max(width, depth) * 0.018;
        List<OfficeViews.Marker> markers = devices.of(storeId, false).stream().filter(d -> d.x() != null && d.y() != null)
                .map(d -> new OfficeViews.Marker(d.id(), d.kind(), d.x(), d.y(), DeviceLife.state(life.get(d.id())),
                        shape(d.kind(), d.x(), d.y(), size)))
                .toList();
        String viewBox = String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f", -margin, -margin, width + 2 * margin, depth + 2 * margin);
        return new OfficeViews.Plan(viewBox, points(outline), drawn.map(Polygon::text).orElse(""), drawn.isPresent(), zones, markers,
                Math.max(width, depth) * 0.028, picture);
    }

    private static String points(Polygon p) {
        return p.points().stream().map(pt -> String.format(Locale.ROOT, "%.2f,%.2f", pt.x(), pt.y())).collect(Collectors.joining(" "));
    }

    /** A square for a reader, a triangle for a fixture; a beacon is a circle (drawn by the page). */
    private static String shape(String kind, double x, double y, double r) {
        if (kind.equals("reader")) {
            return String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r);
        }
        if (kind.equals("fixture")) {
            return String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f %.2f,%.2f", x, y - r * 1.2, x + r * 1.1, y + r, x - r * 1.1, y + r);
        }
        return "";
    }
}
