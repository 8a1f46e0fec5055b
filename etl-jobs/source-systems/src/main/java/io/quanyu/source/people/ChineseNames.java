package io.quanyu.source.people;

import java.util.SplittableRandom;

/** Plausible Chinese personal names: common surnames weighted by frequency, one- or two-character given names. */
public final class ChineseNames
{
    private static final String SURNAMES = "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅晓东文辉丹萍玉兰凤鑫宇浩然欣怡子涵思远佳慧俊杰雨桐";

    private ChineseNames() {}

    public static String personName(SplittableRandom random)
    {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A mobile number with the middle digits masked, as platforms export them. */
    public static String maskedMobile(SplittableRandom random)
    {
        String[] prefixes = {"135", "136", "137", "138", "139", "150", "151", "158", "159", "177", "187", "188", "199"};
        return prefixes[random.nextInt(prefixes.length)] + "****" + "%04d".formatted(random.nextInt(10_000));
    }
}
