package io.quanyu.extract;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the extract jobs alone, as the pipeline application does with more around them. */
@SpringBootApplication
public class ExtractTestApplication {}
