package io.lien.server.privacy.web;

import io.lien.server.i18n.Languages;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.web.Pages;
import io.micronaut.http.HttpStatus;
import io.lien.server.security.ShopperIdentity;
import io.lien.server.security.Roles;
import io.lien.server.privacy.application.ClientErasure;
import io.lien.server.privacy.application.ClientExport;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.Locale;

/** A shopper takes away everything Lien holds about them, or has it erased. */
@Controller("/api/shopper")
@Secured(Roles.SHOPPER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopperPrivacyController {

    private final ClientExport export;
    private final ClientErasure erasure;
    private final Pages pages;
    private final DeviceRegistry registry;

    ShopperPrivacyController(ClientExport export, ClientErasure erasure, Pages pages, DeviceRegistry registry) {
        this.registry = registry;
        this.export = export;
        this.erasure = erasure;
        this.pages = pages;
    }

    @Get("/export")
    HttpResponse<ClientExport.Document> export(ShopperIdentity shopper) {
        return HttpResponse.ok(document(shopper)).header("Content-Disposition", "attachment; filename=\"lien-export.json\"");
    }

    /** In the client's language, or the one they ask for ({@code ?lang=}). */
    @Get(value = "/export.html{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(ShopperIdentity shopper, @Nullable @QueryValue String lang) {
        ClientExport.Document document = document(shopper);
        Locale locale = Languages.all().nearest(lang != null && !lang.isBlank() ? lang : document.profile().language());
        return pages.respond(HttpStatus.OK, "export", ExportPage.view(document, registry, locale));
    }

    /** Erases the shopper's client record and everything that names them; their token stops working. */
    @Delete
    HttpResponse<Void> erase(ShopperIdentity shopper) {
        if (erasure.erase(shopper.clientId(), "client") instanceof ClientErasure.Outcome.UnknownClient) {
            throw new Problems.NotFound("problem.no-client-record");
        }
        return HttpResponse.noContent();
    }

    private ClientExport.Document document(ShopperIdentity shopper) {
        return export.of(shopper.clientId()).orElseThrow(() -> new Problems.NotFound("problem.no-client-record"));
    }
}
