/**
 * The conformance suite any game can run: declarations, registry round trips, seeded playouts and
 * tree enumeration checked against the game API's contracts, including every ability the game
 * declares and play without history recording.
 */
package org.agora.testkit;
