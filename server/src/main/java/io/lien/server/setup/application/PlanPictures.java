package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Operator;
import io.lien.server.setup.PlanImageRepository;
import io.lien.server.setup.PlanImageRow;
import io.lien.server.setup.model.PlanPicture;
import io.lien.server.registry.model.Polygon;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The picture a store's plan is traced on: uploaded (PNG or JPEG, checked by its bytes), placed with its left
 * edge at x = 0 and the width in metres the uploader gives; a new one replaces the old.
 */
@Singleton
public class PlanPictures {

    /** A picture as the plan draws it: its type, its size in pixels and in metres. */
    public record Placed(String mediaType, int widthPx, int heightPx, double widthM, double heightM, long updatedAt) {
        static Placed of(PlanImageRow r) {
            return new Placed(r.mediaType(), r.widthPx(), r.heightPx(), r.widthM(), r.widthM() * r.heightPx() / r.widthPx(), r.updatedAt());
        }
    }

    private final PlanImageRepository pictures;
    private final DeviceRegistry registry;
    private final SetupAudit audit;

    PlanPictures(PlanImageRepository pictures, DeviceRegistry registry, SetupAudit audit) {
        this.pictures = pictures;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public SetupOutcome<Placed> upload(Operator who, String storeId, byte[] bytes, Double widthM) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        if (widthM == null || !Double.isFinite(widthM) || widthM <= 0 || widthM > Polygon.MAX_METRES) {
            return SetupOutcome.invalid("problem.setup.picture", "its width is a number of metres, above 0 and up to " + (int) Polygon.MAX_METRES);
        }
        PlanPicture picture;
        try {
            picture = PlanPicture.of(bytes);
        } catch (IllegalArgumentException e) {
            return SetupOutcome.invalid("problem.setup.picture", e.getMessage());
        }
        if (picture.heightM(widthM) > Polygon.MAX_METRES) {
            return SetupOutcome.invalid("problem.setup.picture", "at that width it would be deeper than " + (int) Polygon.MAX_METRES + " m");
        }
        PlanImageRow row = new PlanImageRow(storeId, picture.mediaType(), picture.widthPx(), picture.heightPx(), widthM,
                Base64.getEncoder().encodeToString(bytes), System.currentTimeMillis());
        boolean replaced = pictures.existsById(storeId);
        if (replaced) {
            pictures.update(row);
        } else {
            pictures.save(row);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("picture", picture.mediaType() + " " + picture.widthPx() + "×" + picture.heightPx() + " px, " + bytes.length + " bytes");
        after.put("widthM", widthM);
        audit.record(who, storeId, "plan", storeId, replaced ? "picture-replaced" : "picture", null, after);
        return new SetupOutcome.Done<>(Placed.of(row));
    }

    /** The store's picture, placed, without its bytes. */
    public Optional<Placed> of(String storeId) {
        return pictures.findSizeOf(storeId).map(Placed::of);
    }

    /** The picture's bytes and type, for its own address. */
    public Optional<Map.Entry<String, byte[]>> bytes(String storeId) {
        return pictures.findById(storeId).map(r -> Map.entry(r.mediaType(), Base64.getDecoder().decode(r.data())));
    }
}
