package io.lien.app.viewmodel;

import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;

/** A signed-in advisor and the API they speak through. */
public record Session(LienApi api, Dtos.Me me) {
}
