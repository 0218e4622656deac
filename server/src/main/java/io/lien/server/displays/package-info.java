/**
 * What connected hangers and fixtures show the shopper: the garment, never the person. A hanger's
 * three lines (sizes here now, what the community says with its critical voices counted, help
 * asked or who is coming) and a mirror's screen (the garments its fitting room's readers see, their
 * sizes here and online, the community's words side by side, buttons to ask for a size, call an
 * advisor, like, or take the garment to one's own phone by QR code) are drawn here, on the server,
 * which knows stock, feedback and claims. A change marks the devices it touches; after a short
 * debounce each is drawn again and a message goes down through the store's gateway only when its
 * text changed. The mirror's web page signs in as its fixture (a pass issued to a manager) and
 * hears its screen over SSE.
 */
package io.lien.server.displays;
