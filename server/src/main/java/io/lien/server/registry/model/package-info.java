/** The registry's rules in plain Java: outlines and shapes on a store's plan, in metres. */
package io.lien.server.registry.model;
