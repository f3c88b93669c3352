@testable import PhiguardCore
import Testing

/// The TOML 1.0 reader: the specification's own examples parse to the values it gives,
/// and every class of invalid document throws a `TOMLError` (never crashes).
@Suite struct TOMLParserTests {
    static func parse(_ text: String) throws -> TOMLTable { try TOMLParser.parse(text) }

    static func error(_ text: String) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error as? TOMLError
        }
    }

    // MARK: - Valid documents (examples from the TOML 1.0 specification)

    @Test func commentsAndKeys() throws {
        let table = try Self.parse("""
            # This is a full-line comment
            key = "value"  # This is a comment at the end of a line
            bare_key = "value"
            bare-key = "value"
            1234 = "value"
            "127.0.0.1" = "value"
            "character encoding" = "value"
            "ʎǝʞ" = "value"
            'key2' = "value"
            'quoted "value"' = "value"
            "" = "blank"
            \t indented = 1\t
            """)
        #expect(table.keys == ["key", "bare_key", "bare-key", "1234", "127.0.0.1", "character encoding", "ʎǝʞ", "key2",
                               "quoted \"value\"", "", "indented"])
        #expect(table[""] == .string("blank"))
        #expect(table["indented"] == .integer(1))
    }

    @Test func dottedKeys() throws {
        let table = try Self.parse("""
            name = "Orange"
            physical.color = "orange"
            physical.shape = "round"
            site."google.com" = true
            fruit.name = "banana"     # this is best practice
            fruit. color = "yellow"    # same as fruit.color
            fruit . flavor = "banana"   # same as fruit.flavor
            3.14159 = "pi"
            """)
        #expect(table == TOMLTable([
            "name": .string("Orange"),
            "physical": .table(TOMLTable(["color": .string("orange"), "shape": .string("round")])),
            "site": .table(TOMLTable(["google.com": .boolean(true)])),
            "fruit": .table(TOMLTable(["name": .string("banana"), "color": .string("yellow"), "flavor": .string("banana")])),
            "3": .table(TOMLTable(["14159": .string("pi")])),
        ]))
    }

    @Test func dottedKeysOutOfOrder() throws {
        let table = try Self.parse("""
            apple.type = "fruit"
            orange.type = "fruit"
            apple.skin = "thin"
            orange.skin = "thick"
            apple.color = "red"
            orange.color = "orange"
            """)
        #expect(table["apple"]?.table?.keys == ["type", "skin", "color"])
        #expect(table["orange"]?.table?["skin"] == .string("thick"))
    }

    @Test func basicStrings() throws {
        let table = try Self.parse(#"""
            str = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
            escapes = "\b\t\n\f\r\"\\"
            scalars = "\u00e9 \U0001F600 \u0000"
            tab = "a	b"
            unicode = "ʎǝʞ 😀"
            """#)
        #expect(table["str"] == .string("I'm a string. \"You can quote me\". Name\tJos\u{E9}\nLocation\tSF."))
        #expect(table["escapes"] == .string("\u{8}\t\n\u{C}\r\"\\"))
        #expect(table["scalars"] == .string("\u{E9} \u{1F600} \u{0}"))
        #expect(table["tab"] == .string("a\tb"))
        #expect(table["unicode"] == .string("ʎǝʞ 😀"))
    }

    @Test func multilineBasicStrings() throws {
        let table = try Self.parse(#"""
            str1 = """
            Roses are red
            Violets are blue"""
            str2 = """
            The quick brown \


              fox jumps over \
                the lazy dog."""
            str3 = """\
                   The quick brown \
                   fox jumps over \
                   the lazy dog.\
                   """
            str4 = """Here are two quotation marks: "". Simple enough."""
            str5 = """Here are three quotation marks: ""\"."""
            str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
            str7 = """"This," she said, "is just a pointless statement.""""
            str8 = """a\tb \u00E9"""
            str9 = """trailing backslash with blanks \   
              next"""
            """#)
        #expect(table["str1"] == .string("Roses are red\nViolets are blue"))
        #expect(table["str2"] == .string("The quick brown fox jumps over the lazy dog."))
        #expect(table["str3"] == .string("The quick brown fox jumps over the lazy dog."))
        #expect(table["str4"] == .string("Here are two quotation marks: \"\". Simple enough."))
        #expect(table["str5"] == .string("Here are three quotation marks: \"\"\"."))
        #expect(table["str6"] == .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15) + "."))
        #expect(table["str7"] == .string("\"This,\" she said, \"is just a pointless statement.\""))
        #expect(table["str8"] == .string("a\tb \u{E9}"))
        #expect(table["str9"] == .string("trailing backslash with blanks next"))
    }

    @Test func literalStrings() throws {
        let table = try Self.parse(#"""
            winpath  = 'C:\Users\nodejs\templates'
            winpath2 = '\\ServerX\admin$\system32\'
            quoted   = 'Tom "Dubs" Preston-Werner'
            regex    = '<\i\c*\s*>'
            regex2 = '''I [dw]on't need \d{2} apples'''
            lines  = '''
            The first newline is
            trimmed in raw strings.
               All other whitespace
               is preserved.
            '''
            quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
            apos15 = "Here are fifteen apostrophes: '''''''''''''''"
            str = ''''That,' she said, 'is still pointless.''''
            """#)
        #expect(table["winpath"] == .string(#"C:\Users\nodejs\templates"#))
        #expect(table["winpath2"] == .string(#"\\ServerX\admin$\system32\"#))
        #expect(table["quoted"] == .string(#"Tom "Dubs" Preston-Werner"#))
        #expect(table["regex"] == .string(#"<\i\c*\s*>"#))
        #expect(table["regex2"] == .string(#"I [dw]on't need \d{2} apples"#))
        #expect(table["lines"] == .string("The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n"))
        #expect(table["quot15"] == .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15)))
        #expect(table["apos15"] == .string("Here are fifteen apostrophes: " + String(repeating: "'", count: 15)))
        #expect(table["str"] == .string("'That,' she said, 'is still pointless.'"))
    }

    @Test func integers() throws {
        let table = try Self.parse("""
            int1 = +99
            int2 = 42
            int3 = 0
            int4 = -17
            int5 = 1_000
            int6 = 5_349_221
            int7 = 53_49_221
            int8 = 1_2_3_4_5
            zero1 = +0
            zero2 = -0
            hex1 = 0xDEADBEEF
            hex2 = 0xdeadbeef
            hex3 = 0xdead_beef
            hex4 = 0x00ff
            oct1 = 0o01234567
            oct2 = 0o755
            bin1 = 0b11010110
            max = 9223372036854775807
            min = -9223372036854775808
            hexmax = 0x7FFFFFFFFFFFFFFF
            """)
        let expected: [(String, Int64)] = [
            ("int1", 99), ("int2", 42), ("int3", 0), ("int4", -17), ("int5", 1000), ("int6", 5_349_221), ("int7", 5_349_221),
            ("int8", 12345), ("zero1", 0), ("zero2", 0), ("hex1", 0xDEADBEEF), ("hex2", 0xDEADBEEF), ("hex3", 0xDEADBEEF),
            ("hex4", 255), ("oct1", 0o01234567), ("oct2", 0o755), ("bin1", 0b11010110), ("max", .max), ("min", .min),
            ("hexmax", .max),
        ]
        for (key, value) in expected { #expect(table[key] == .integer(value), "\(key)") }
        #expect(table["int2"]?.int == 42)
    }

    @Test func floats() throws {
        let table = try Self.parse("""
            flt1 = +1.0
            flt2 = 3.1415
            flt3 = -0.01
            flt4 = 5e+22
            flt5 = 1e06
            flt6 = -2E-2
            flt7 = 6.626e-34
            flt8 = 224_617.445_991_228
            flt9 = -0.0
            flt10 = 0e0
            sf1 = inf
            sf2 = +inf
            sf3 = -inf
            sf4 = nan
            sf5 = +nan
            sf6 = -nan
            """)
        let expected: [(String, Double)] = [
            ("flt1", 1.0), ("flt2", 3.1415), ("flt3", -0.01), ("flt4", 5e22), ("flt5", 1e6), ("flt6", -2e-2),
            ("flt7", 6.626e-34), ("flt8", 224_617.445_991_228), ("flt9", -0.0), ("flt10", 0), ("sf1", .infinity),
            ("sf2", .infinity), ("sf3", -.infinity),
        ]
        for (key, value) in expected { #expect(table[key] == .float(value), "\(key)") }
        for key in ["sf4", "sf5", "sf6"] { #expect(table[key]?.double?.isNaN == true, "\(key)") }
        #expect(table["flt1"]?.int == nil, "a float is not an integer")
    }

    @Test func booleans() throws {
        let table = try Self.parse("bool1 = true\nbool2 = false\n")
        #expect(table["bool1"] == .boolean(true) && table["bool2"] == .boolean(false))
    }

    @Test func datesAndTimes() throws {
        let table = try Self.parse("""
            odt1 = 1979-05-27T07:32:00Z
            odt2 = 1979-05-27T00:32:00-07:00
            odt3 = 1979-05-27T00:32:00.999999-07:00
            odt4 = 1979-05-27 07:32:00Z
            odt5 = 1979-05-27t07:32:00z
            ldt1 = 1979-05-27T07:32:00
            ldt2 = 1979-05-27T00:32:00.999999
            ld1 = 1979-05-27
            leap = 2000-02-29
            lt1 = 07:32:00
            lt2 = 00:32:00.999999
            datecomment = 1979-05-27 # a date, then a comment
            inarray = [1979-05-27, 07:32:00]
            """)
        let date = TOMLDateTime.Date(year: 1979, month: 5, day: 27)
        #expect(table["odt1"] == .dateTime(.init(date: date, time: .init(hour: 7, minute: 32, second: 0, fraction: ""), offsetMinutes: 0)))
        #expect(table["odt2"] == .dateTime(.init(date: date, time: .init(hour: 0, minute: 32, second: 0, fraction: ""), offsetMinutes: -420)))
        #expect(table["odt3"] == .dateTime(.init(date: date, time: .init(hour: 0, minute: 32, second: 0, fraction: "999999"), offsetMinutes: -420)))
        #expect(table["odt4"] == table["odt1"] && table["odt5"] == table["odt1"])
        #expect(table["ldt1"] == .dateTime(.init(date: date, time: .init(hour: 7, minute: 32, second: 0, fraction: ""))))
        #expect(table["ld1"] == .dateTime(.init(date: date)))
        #expect(table["lt1"] == .dateTime(.init(time: .init(hour: 7, minute: 32, second: 0, fraction: ""))))
        #expect(table["datecomment"] == table["ld1"])
        let kinds = ["odt1", "ldt2", "leap", "lt2"].compactMap { key -> TOMLDateTime.Kind? in
            if case let .dateTime(value)? = table[key] { return value.kind }
            return nil
        }
        #expect(kinds == [.offsetDateTime, .localDateTime, .localDate, .localTime])
        #expect(table["inarray"]?.array?.count == 2)
        #expect(table["ld1"]?.string == nil, "a date is no string for a configuration field")
    }

    @Test func arrays() throws {
        let table = try Self.parse("""
            integers = [ 1, 2, 3 ]
            colors = [ "red", "yellow", "green" ]
            nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
            nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
            string_array = [ "all", 'strings', \"\"\"are the same\"\"\", '''type''' ]
            numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
            contributors = [
              "Foo Bar <foo@example.com>",
              { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
            ]
            integers2 = [
              1, 2, 3
            ]
            integers3 = [
              1,
              2, # this is ok
            ]
            empty = [ ]
            empty2 = [
              # only a comment
            ]
            """)
        #expect(table["integers"] == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(table["colors"]?.array?.compactMap(\.string) == ["red", "yellow", "green"])
        #expect(table["nested_arrays_of_ints"] == .array([.array([.integer(1), .integer(2)]), .array([.integer(3), .integer(4), .integer(5)])]))
        #expect(table["nested_mixed_array"]?.array?[1] == .array([.string("a"), .string("b"), .string("c")]))
        #expect(table["string_array"]?.array?.compactMap(\.string) == ["all", "strings", "are the same", "type"])
        #expect(table["numbers"]?.array?[3] == .integer(1))
        #expect(table["contributors"]?.array?[1].table?.keys == ["name", "email", "url"])
        #expect(table["integers2"] == table["integers"])
        #expect(table["integers3"] == .array([.integer(1), .integer(2)]))
        #expect(table["empty"] == .array([]) && table["empty2"] == .array([]))
    }

    @Test func inlineTables() throws {
        let table = try Self.parse("""
            name = { first = "Tom", last = "Preston-Werner" }
            point = { x = 1, y = 2 }
            animal = { type.name = "pug" }
            nested = { a = { b = [ { c = 1 } ] }, d.e.f = 2, d.e.g = 3 }
            empty = {}
            multi = { list = [
              1,
              2,
            ], s = \"\"\"
            two
            lines\"\"\" }
            """)
        #expect(table["name"] == .table(TOMLTable(["first": .string("Tom"), "last": .string("Preston-Werner")])))
        #expect(table["point"]?.table?.keys == ["x", "y"])
        #expect(table["animal"] == .table(TOMLTable(["type": .table(TOMLTable(["name": .string("pug")]))])))
        #expect(table["nested"]?.table?["a"]?.table?["b"]?.array?.first?.table?["c"] == .integer(1))
        #expect(table["nested"]?.table?["d"]?.table?["e"]?.table?.keys == ["f", "g"])
        #expect(table["empty"] == .table(TOMLTable()))
        #expect(table["multi"]?.table?["list"] == .array([.integer(1), .integer(2)]))
        #expect(table["multi"]?.table?["s"] == .string("two\nlines"))
    }

    @Test func tables() throws {
        let table = try Self.parse("""
            top = 0
            [table-1]
            key1 = "some string"
            key2 = 123

            [table-2]
            key1 = "another string"
            key2 = 456

            [dog."tater.man"]
            type.name = "pug"

            [a.b.c]            # this is best practice
            [ d.e.f ]          # same as [d.e.f]
            [ g .  h  . i ]    # same as [g.h.i]
            [ j . "ʞ" . 'l' ]  # same as [j."ʞ".'l']

            # [x] you
            # [x.y] don't
            # [x.y.z] need these
            [x.y.z.w] # for this to work
            [x] # defining a super-table afterward is ok

            [fruit]
            apple.color = "red"
            apple.taste.sweet = true
            [fruit.apple.texture]  # you can add sub-tables
            smooth = true
            """)
        #expect(table.keys == ["top", "table-1", "table-2", "dog", "a", "d", "g", "j", "x", "fruit"])
        #expect(table["table-2"] == .table(TOMLTable(["key1": .string("another string"), "key2": .integer(456)])))
        #expect(table["dog"]?.table?["tater.man"]?.table?["type"]?.table?["name"] == .string("pug"))
        #expect(table["j"]?.table?["ʞ"]?.table?["l"] == .table(TOMLTable()))
        #expect(table["x"]?.table?["y"]?.table?["z"]?.table?["w"] == .table(TOMLTable()))
        let apple = table["fruit"]?.table?["apple"]?.table
        #expect(apple?.keys == ["color", "taste", "texture"])
        #expect(apple?["texture"] == .table(TOMLTable(["smooth": .boolean(true)])))
    }

    @Test func arraysOfTables() throws {
        let table = try Self.parse("""
            [[products]]
            name = "Hammer"
            sku = 738594937

            [[products]]  # empty table within the array

            [[products]]
            name = "Nail"
            sku = 284758393

            color = "gray"

            [[fruits]]
            name = "apple"

            [fruits.physical]  # subtable
            color = "red"
            shape = "round"

            [[fruits.varieties]]  # nested array of tables
            name = "red delicious"

            [[fruits.varieties]]
            name = "granny smith"

            [[fruits]]
            name = "banana"

            [[fruits.varieties]]
            name = "plantain"

            [fruits.physical]  # the second fruit's own
            color = "yellow"
            """)
        let products = try #require(table["products"]?.array)
        #expect(products.count == 3)
        #expect(products[1] == .table(TOMLTable()))
        #expect(products[2].table?.keys == ["name", "sku", "color"])
        let fruits = try #require(table["fruits"]?.array)
        #expect(fruits.count == 2)
        #expect(fruits[0].table?["varieties"]?.array?.compactMap { $0.table?["name"]?.string } == ["red delicious", "granny smith"])
        #expect(fruits[1].table?["varieties"]?.array?.count == 1)
        #expect(fruits[1].table?["physical"]?.table?["color"] == .string("yellow"))
        #expect(fruits[0].table?.keys == ["name", "physical", "varieties"])
    }

    @Test func lineEndsByteOrderMarkAndEmptyDocuments() throws {
        #expect(try Self.parse("a = 1\r\n[t]\r\nb = '''x\r\ny'''\r\n# c\r\n") == TOMLTable([
            "a": .integer(1), "t": .table(TOMLTable(["b": .string("x\ny")])),
        ]))
        #expect(try Self.parse("\u{FEFF}a = 1") == TOMLTable(["a": .integer(1)]))
        #expect(try Self.parse("") == TOMLTable())
        #expect(try Self.parse("# only a comment\n\n   \t\n") == TOMLTable())
        #expect(try Self.parse("a = 1 # no newline at the end") == TOMLTable(["a": .integer(1)]))
        #expect(try Self.parse("# comment with é, tab\tand DEL-free text\n") == TOMLTable())
    }

    // MARK: - Limits

    @Test func limitsAreExactlyWhereTheyAreDocumented() throws {
        let deepest = "a = " + String(repeating: "[", count: TOMLParser.maxNesting) + String(repeating: "]", count: TOMLParser.maxNesting)
        #expect(throws: Never.self) { try Self.parse(deepest) }
        let tooDeep = "a = " + String(repeating: "[", count: TOMLParser.maxNesting + 1) + String(repeating: "]", count: TOMLParser.maxNesting + 1)
        #expect(Self.error(tooDeep)?.kind == .nestedTooDeep)

        let longest = Array(repeating: "a", count: TOMLParser.maxKeyDepth).joined(separator: ".") + " = 1"
        #expect(throws: Never.self) { try Self.parse(longest) }
        #expect(Self.error("x = 1\n" + Array(repeating: "a", count: TOMLParser.maxKeyDepth + 1).joined(separator: ".") + " = 1")
            == TOMLError(kind: .keyTooDeep, line: 2, column: 1))
        #expect(Self.error("[" + Array(repeating: "a", count: TOMLParser.maxKeyDepth + 1).joined(separator: ".") + "]")?.kind == .keyTooDeep)
        // The depth counts the header and the inline tables around a key too.
        let half = Array(repeating: "b", count: 600).joined(separator: ".")
        #expect(Self.error("a = { \(half) = { \(half) = 1 } }")?.kind == .keyTooDeep)
        #expect(Self.error("[\(half)]\n\(half) = 1")?.kind == .keyTooDeep)

        #expect(throws: Never.self) { try Self.parse("a = '" + String(repeating: "x", count: TOMLParser.maxBytes - 6) + "'") }
        #expect(Self.error("a = '" + String(repeating: "x", count: TOMLParser.maxBytes - 5) + "'")?.kind == .tooLarge)
    }

    @Test func hostileSizesAreBoundedErrors() {
        #expect(Self.error(String(repeating: "[", count: 100_000)) != nil)
        #expect(Self.error(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)) != nil)
        #expect(Self.error("a = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))?.kind == .nestedTooDeep)
        #expect(Self.error("a = " + String(repeating: "{b=", count: 100_000) + "1" + String(repeating: "}", count: 100_000))?.kind
            == .nestedTooDeep)
        #expect(Self.error(Array(repeating: "a", count: 200_000).joined(separator: ".") + " = 1\n")?.description
            == "key nested more than 1,000 levels deep at line 1")
        #expect(Self.error(String(repeating: "x", count: 2 << 20))?.description == "larger than 1 MiB; a configuration file never needs to be")
    }

    // MARK: - Invalid documents

    /// Every class of error: each must throw a TOMLError (a crash fails the whole run).
    @Test(arguments: [
        // keys
        "= \"no key\"", "key = # no value", "key =", "key", "first = \"Tom\" last = \"Preston-Werner\"", "a.= 1", ".a = 1",
        "a..b = 1", "\"\"\"k\"\"\" = 1", "'''k''' = 1", "é = 1", "a b = 1", "a = 1 b = 2", "\"a\nb\" = 1",
        // keys defined twice
        "name = \"Tom\"\nname = \"Pradyun\"", "spelling = \"favorite\"\n\"spelling\" = \"favourite\"",
        "fruit.apple = 1\nfruit.apple.smooth = true", "a.b = 1\na = 2", "a = 1\na.b = 2", "a.b.c = 1\na.b = 2",
        // strings
        "a = \"unterminated", "a = \"line\nbreak\"", "a = \"\\e\"", "a = \"\\x41\"", "a = \"\\uD800\"", "a = \"\\uDFFF\"",
        "a = \"\\U00110000\"", "a = \"\\u12\"", "a = \"\\u12G4\"", "a = \"\\\"", "a = \"\\ \"", "a = 'unterminated",
        "a = 'line\nbreak'", "a = \"\"\"unterminated", "a = '''unterminated", "a = \"\"\"x\"\"\"\"\"\"", "a = '''x''''''",
        "a = \"\u{1}\"", "a = \"\u{7F}\"", "a = '\u{0}'", "a = \"\"\"\u{8}\"\"\"", "a = '''\u{1B}'''", "a = \"\"\"a\rb\"\"\"",
        "a = '''a\rb'''", "a = \"\"\"\\ x\"\"\"", "a = \"x\" \"y\"",
        // comments and line ends
        "# \u{1}\n", "a = 1 # \u{7F}", "# \r\n# bare CR \r", "a = 1\r", "a = 1\rb = 2",
        // integers
        "a = +0x1", "a = -0o7", "a = 0x", "a = 0xG", "a = 0X10", "a = 1__2", "a = _1", "a = 1_", "a = 0x_1", "a = 0x1_",
        "a = 01", "a = 00", "a = -01", "a = 0_0", "a = 9223372036854775808", "a = -9223372036854775809",
        "a = 0xFFFFFFFFFFFFFFFF", "a = 0x8000000000000000", "a = 0b2", "a = 0o8", "a = 1-2", "a = +", "a = -", "a = ++1",
        "a = 1 2", "a = 0b", "a = 1x",
        // floats
        "a = 1.", "a = .5", "a = 1.e5", "a = 1e", "a = 1e_5", "a = 1.5.3", "a = 1e400", "a = -1e400", "a = nan1",
        "a = infinity", "a = NaN", "a = Inf", "a = - 1", "a = 1_000.", "a = 1._5", "a = 1e+", "a = 1e5.5", "a = 01.5",
        "a = 1.5_", "a = 3.e+20",
        // booleans
        "a = True", "a = tru", "a = truex", "a = fals", "a = FALSE",
        // dates and times
        "a = 1979-13-27", "a = 1979-02-30", "a = 1900-02-29", "a = 1979-00-10", "a = 1979-05-00", "a = 1979-05-27T25:00:00",
        "a = 1979-05-27T07:60:00", "a = 1979-05-27T07:32:61", "a = 1979-05-27T07:32", "a = 07:32", "a = 1979-05-27T07:32:00+25:00",
        "a = 1979-05-27T07:32:00+05", "a = 1979-05-27T07:32:00.", "a = 1979-5-27", "a = 07:32:00Z", "a = 1979-05-27T",
        "a = 1979-05-27 07", "a = 1979-05-27X07:32:00", "a = 1979-05-27T07:32:00Zx", "a = 12:34:56-05:00", "a = 7:32:00",
        // arrays
        "a = [1,,2]", "a = [,]", "a = [1 2]", "a = [1", "a = [", "a = ]", "a = [}", "a = [1}", "a = [\"x\", }",
        "a = [ # c\n}", "a = [1,\n,2]", "a = [[1]", "a = [1]]",
        // inline tables
        "a = {b = 1,}", "a = {b = 1\n}", "a = {\nb = 1}", "a = {", "a = {b = 1", "a = {b}", "a = {b = 1 c = 2}",
        "a = {,}", "a = {b = 1, b = 2}", "a = {b = 1}\na.c = 2", "a = {b = 1}\n[a]", "a = {b = 1}\n[a.c]",
        "a = {b.c = 1, b = 2}", "a = {b = {c = 1}, b.d = 2}", "a = {b = 1}}", "a = }", "[t]\na = {b = 1}\n[t.a.c]",
        "a = [{b = 1}]\n[a.c]", "a = [{b = 1}]\n[[a]]",
        // tables
        "[a]\n[a]", "[a]\nb = 1\n[a.b]", "[a.b]\n[a]\nb = 1", "[fruit]\napple.color = \"red\"\n[fruit.apple]",
        "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]", "[a.b.c]\nz = 9\n[a]\nb.c.t = 1",
        "[a.b.c.d]\nz = 9\n[a]\nb.c.d.k.t = 1", "a.b = 1\n[a]", "a = 1\n[a]", "a = 1\n[a.b]", "[a]\n[a.b]\n[a.b]",
        "[]", "[a.]", "[.a]", "[a..b]", "[a]b", "[a] = 1", "[ [a] ]", "[[a] ]", "[[a]", "[a", "[a]]", "[\"a\nb\"]",
        "[\"\"\"a\"\"\"]", "[a b]",
        // arrays of tables
        "[[a]]\n[a]", "[a]\n[[a]]", "a = [1]\n[[a]]", "a = []\n[[a]]", "a = 1\n[[a]]", "[[a]]\nb = 1\n[[a.b]]",
        "[[fruit]]\n[fruit.variety]\n[[fruit.variety]]", "[fruit.physical]\n[[fruit]]", "a = [1]\n[a.b]", "[[]]", "[[a.]]",
        // encodings: a BOM anywhere but at the start, NUL
        "a = 1\n\u{FEFF}b = 2", "\u{0}\u{1}\u{FEFF}disable = []", "a = 1\u{0}",
        // crash shapes of toml++ (TOMLKit 0.6.0), all SIGABRT or SIGSEGV there
        "[*.csv]\n", "[~]\n", "[[é]]\n", "[\n", "  [[\u{7F}]]\n", "[[[a]]]\n", " [[[[1\n", "\u{FEFF}[~]\n", "# \"\"\"\n[~]\n",
        "[\u{0320}a]\n", "disable = [}\n", "disable = [\"x\", }\n", "disable = [ # c\n}\n", "[[rule]]\nlanguages = [\"code\", }\n",
        "q= 1\u{FFFD}\u{FFFD}---0-\u{FFFD}c 9 1\u{FFFD}\u{FFFD}",
    ])
    func invalidDocumentThrows(_ text: String) {
        let error = Self.error(text)
        #expect(error != nil, "accepted: \(text.debugDescription)")
        if let error {
            #expect(error.line >= 1 && error.column >= 1)
            #expect(!error.description.contains("\n"), "\(error.description.debugDescription)")
        }
    }

    @Test(arguments: [
        [0xFF], [0x61, 0x20, 0x3D, 0x20, 0x22, 0xC3, 0x22], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], Array("# ".utf8) + [0xFE],
    ] as [[UInt8]])
    func invalidUTF8Throws(_ bytes: [UInt8]) {
        #expect(throws: TOMLError.self) { try TOMLParser.parse(bytes) }
    }

    @Test(arguments: [
        ("a = 1\nb = ?\n", 2, 5), ("a = \"x\"\n\n[t]\nk = 'é' é\n", 4, 9), ("é = 1", 1, 1), ("[a]\n[a]", 2, 1),
        ("a = \"\\q\"", 1, 6), ("ab = 0xZ", 1, 6), ("a = {b = 1,\n", 1, 12), ("a = [\n1,\n2\n3]", 4, 1), ("\u{FEFF}[~]", 1, 2),
    ])
    func errorsCarryLineAndColumn(_ text: String, _ line: Int, _ column: Int) throws {
        let error = try #require(Self.error(text))
        #expect(error.line == line && error.column == column, "\(error)")
    }

    @Test func messagesNameTheProblem() {
        #expect(Self.error("[a]\n[a]")?.description == "invalid TOML at line 2, column 1: table 'a' is defined twice")
        #expect(Self.error("a = 1\na = 2")?.description.contains("key 'a' is defined twice") == true)
        #expect(Self.error("a = [1]\n[[a]]")?.description.contains("static array") == true)
        #expect(Self.error("a = {b = 1}\na.c = 2")?.description.contains("inline table") == true)
        #expect(Self.error("\"a\\nb\" = 1\n\"a\\nb\" = 2")?.description.contains("a\\u{a}b") == true,
                "a key with a newline stays on one line of the message")
    }

    /// A file that is not TOML (an INI credentials file behind a `.phiguard.toml` link)
    /// must not have its values echoed by the error.
    @Test func errorsDoNotEchoValues() {
        let error = Self.error("[default]\naws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY\n")
        #expect(error != nil)
        #expect(error?.description.contains("wJalr") == false, "\(String(describing: error))")
    }
}
