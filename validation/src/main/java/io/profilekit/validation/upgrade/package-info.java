/**
 * Upgrade planning: {@link io.profilekit.validation.upgrade.UpgradePlanner} finds, for each layer of a profile
 * or cluster stack, the newest version an {@link io.profilekit.validation.upgrade.UpgradePolicy} allows such
 * that every pack constraint still holds, and explains what it could not take.
 */
package io.profilekit.validation.upgrade;
