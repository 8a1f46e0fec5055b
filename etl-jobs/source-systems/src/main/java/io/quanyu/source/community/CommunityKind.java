package io.quanyu.source.community;

/** Urban residents' committees (社区, 居委会) and rural villages (村) are governed differently, and sized differently. */
public enum CommunityKind
{
    URBAN, RURAL;

    public static CommunityKind ofName(String name)
    {
        return name.contains("村") && !name.contains("社区") ? RURAL : URBAN;
    }
}
