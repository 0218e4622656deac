package io.lien.server.registry.web;

import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.registry.DeviceCredentials;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

/** Onboarding a device: a manager (or head office) gets its secret, once, to enter into the device. */
@Controller("/api/stores/{storeId}/devices/{deviceId}/credentials")
@Secured({Roles.MANAGER, Roles.ADMIN})
class DeviceCredentialController {

    @Serdeable
    record IssuedSecret(String deviceId, String secret, long issuedAt, String note) {
    }

    private final DeviceCredentials credentials;

    DeviceCredentialController(DeviceCredentials credentials) {
        this.credentials = credentials;
    }

    @Post
    HttpResponse<IssuedSecret> issue(@PathVariable String storeId, @PathVariable String deviceId, Operator authentication) {
        DeviceCredentials.Outcome outcome = credentials.issue(storeId, deviceId, authentication.username());
        if (outcome instanceof DeviceCredentials.Issued issued) {
            return HttpResponse.created(new IssuedSecret(issued.deviceId(), issued.secret(), issued.issuedAt(),
                    "Shown once: enter it into the device now. Lien keeps only a hash; issuing again replaces it."));
        }
        throw new Problems.NotFound("problem.no-device", storeId, deviceId);
    }
}
