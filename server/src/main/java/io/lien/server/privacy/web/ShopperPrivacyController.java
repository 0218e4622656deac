package io.lien.server.privacy.web;

import io.lien.server.privacy.application.ClientErasure;
import io.lien.server.privacy.application.ClientExport;
import io.lien.server.shoppers.Shopper;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/** A shopper takes away everything Lien holds about them, or has it erased. */
@Controller("/api/shopper")
@Secured(Shopper.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopperPrivacyController {

    private final ClientExport export;
    private final ClientErasure erasure;

    ShopperPrivacyController(ClientExport export, ClientErasure erasure) {
        this.export = export;
        this.erasure = erasure;
    }

    @Get("/export")
    HttpResponse<ClientExport.Document> export(Authentication shopper) {
        return HttpResponse.ok(document(shopper)).header("Content-Disposition", "attachment; filename=\"lien-export.json\"");
    }

    @Get("/export.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    String page(Authentication shopper) {
        return ExportPage.render(document(shopper));
    }

    /** Erases the shopper's client record and everything that names them; their token stops working. */
    @Delete
    HttpResponse<Void> erase(Authentication shopper) {
        if (erasure.erase(Shopper.clientId(shopper), "client") instanceof ClientErasure.Outcome.UnknownClient) {
            throw new Problems.NotFound("Your client record is no longer here.");
        }
        return HttpResponse.noContent();
    }

    private ClientExport.Document document(Authentication shopper) {
        return export.of(Shopper.clientId(shopper)).orElseThrow(() -> new Problems.NotFound("Your client record is no longer here."));
    }
}
