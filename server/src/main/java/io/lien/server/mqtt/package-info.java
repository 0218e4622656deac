/**
 * MQTT plumbing shared by features: the embedded MQTT 5 broker (HiveMQ Community Edition, in
 * the server process by default) and the server's one connection to whichever broker is
 * configured, with manual acknowledgements so that a message is acknowledged only once handled.
 */
package io.lien.server.mqtt;
