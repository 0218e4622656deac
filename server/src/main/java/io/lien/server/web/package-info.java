/**
 * HTTP errors as {@code application/problem+json} (RFC 9457): one exception type per status, one
 * handler each, so every refusal explains itself the same way.
 */
package io.lien.server.web;
