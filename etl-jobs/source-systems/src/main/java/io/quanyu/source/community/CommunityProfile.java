package io.quanyu.source.community;

import io.quanyu.source.territory.Division;

import static java.util.Objects.requireNonNull;

/** What the simulator assumes about one community: its kind and how many households live there. */
public record CommunityProfile(Division community, CommunityKind kind, int households)
{
    public CommunityProfile
    {
        requireNonNull(community, "community is null");
        requireNonNull(kind, "kind is null");
        if (households <= 0) {
            throw new IllegalArgumentException("households of %s must be positive, got %d".formatted(community.code(), households));
        }
    }
}
