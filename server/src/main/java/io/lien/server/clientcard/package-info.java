/**
 * The Client 360 card an advisor opens: a client's whole story read together from every feature
 * that holds a part of it — their history on every channel (clients), visits and handled garments
 * (visits), what they said about products (community), selections sent (selections), consents
 * (consent) — with conversation starters and relationship typologies. It only reads; it sits above
 * those features so that none of them has to know about the card.
 */
package io.lien.server.clientcard;
