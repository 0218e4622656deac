/**
 * Follow-ups: reminders an advisor sets about a client ("call when the 38 is back"), for a day,
 * listed per day with the late ones first until they are done. An advisor sees theirs, a manager
 * the store's. Tablets create them with their own request id, so a retry from the offline queue
 * creates one, not two.
 */
package io.lien.server.followups;
