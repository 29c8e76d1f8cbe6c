package io.miningaudit.facts;

/** The 31 provincial-level divisions, in the order FACTS.md lists them. */
public enum Province {
    Beijing, Tianjin, Hebei, Shanxi, InnerMongolia, Liaoning, Jilin, Heilongjiang, Shanghai, Jiangsu,
    Zhejiang, Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan,
    Chongqing, Sichuan, Guizhou, Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang
}
