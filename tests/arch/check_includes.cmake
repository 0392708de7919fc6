# Fails when a source file breaks the layering rule named by RULE.
#   engine-no-qt          nothing under src/engine includes a Qt header
#   no-widgets-below-app  nothing under src/{engine,io,store,report,cli} includes Qt Widgets
#   no-bgl-in-headers     no public engine header (src/engine/cairn) includes Boost.Graph
#   words-only-in-text    nothing under src/{engine,io} includes cairn_text (it sits above
#                         them; the store uses it only to word the validation problems it
#                         embeds in its errors), and the engine's result types keep no field of
#                         the words cairn_text writes: a reason, gap item, bound, validation
#                         problem or a plan's reason is facts, not a sentence; and the store
#                         writes no sentence of its own into its errors: a store::Error is made
#                         with Error::of from a message (a code and its facts), and its English
#                         comes from cairn_text; and io and the CSV import write no sentence
#                         into a reading error: an io::LoadError holds a message (a code and
#                         its facts) that text::LoadWords words
set(violations "")
macro(scan dirs pattern)
    foreach(dir ${dirs})
        file(GLOB_RECURSE files "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp")
        foreach(f ${files})
            file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
            foreach(line ${lines})
                if(line MATCHES "${pattern}")
                    list(APPEND violations "${f}: ${line}")
                endif()
            endforeach()
        endforeach()
    endforeach()
endmacro()

if(RULE STREQUAL "engine-no-qt")
    scan("src/engine" "[<\"](Qt[A-Za-z]*/|Q[A-Z][A-Za-z]*[>\"])")
elseif(RULE STREQUAL "no-widgets-below-app")
    scan("src/engine;src/io;src/store;src/report;src/cli"
         "[<\"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QGraphicsView|QtCharts|QChart)")
elseif(RULE STREQUAL "no-bgl-in-headers")
    file(GLOB_RECURSE headers "${ROOT}/src/engine/cairn/*.h")
    foreach(f ${headers})
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line ${lines})
            if(line MATCHES "boost/graph")
                list(APPEND violations "${f}: ${line}")
            endif()
        endforeach()
    endforeach()
elseif(RULE STREQUAL "words-only-in-text")
    scan("src/engine;src/io" "[<\"]cairn/text/")
    # The store: no Error written out with a sentence (Error{Error::Kind::…, QStringLiteral(…)}),
    # no sentence added to an error's English afterwards. result.h/.cpp define Error and Error::of.
    file(GLOB_RECURSE store_files "${ROOT}/src/store/*.h" "${ROOT}/src/store/*.cpp")
    list(FILTER store_files EXCLUDE REGEX "/cairn/store/result\\.(h|cpp)$")
    foreach(f ${store_files})
        file(STRINGS "${f}" built REGEX "(^|[^A-Za-z_:])Error[ \t]*{|[.>]message[ \t]*\\+?=[ \t]*(QString|QLatin|u\")")
        foreach(line ${built})
            list(APPEND violations "${f}: ${line} (a store error is Error::of(kind, message))")
        endforeach()
    endforeach()
    # io and the credential CSV import: a reading error is a message (a code and its facts,
    # worded by text::LoadWords), never a sentence. No error field holds one (`QString message`),
    # none is assigned one, and no call that reports an error (error(), fail(), failAt(),
    # failure(), LoadError{…}, JsonSyntaxError{…}) has a literal with words in the same statement.
    file(GLOB_RECURSE reader_files "${ROOT}/src/io/*.h" "${ROOT}/src/io/*.cpp")
    list(APPEND reader_files "${ROOT}/src/store/cairn/store/csv.cpp" "${ROOT}/src/store/cairn/store/credential_csv.cpp")
    foreach(f ${reader_files})
        file(READ "${f}" content)
        # Comments may quote sentences; only code counts. No pattern takes in a ';', which
        # would split the match in two.
        string(REGEX REPLACE "//[^\n]*" "" content "${content}")
        string(REGEX MATCHALL "QString[ \t]+message[ \t]*[={]?|[.>]message[ \t]*[+]?=[^=;\n]*" fields "${content}")
        string(REGEX MATCHALL
               "(error|fail|failAt|failure|LoadError|SyntaxError)[ \t]*[({][^;]*(u\"|QStringLiteral[(]\"|QLatin1String[(]\")[^\"\n;]*[A-Za-z] [A-Za-z]"
               sentences "${content}")
        foreach(found ${fields} ${sentences})
            string(REGEX REPLACE "[ \t\n]+" " " found "${found}")
            list(APPEND violations "${f}: ${found}… (a reading error is a message: io::says(code, facts))")
        endforeach()
    endforeach()
    # Reason, GapItem, Availability, Plan and Problem: their members are kinds, ids, amounts,
    # dates and messages (a code with its facts, cairn/engine/message.h).
    foreach(header plan.h planner.h problem.h)
        file(STRINGS "${ROOT}/src/engine/cairn/engine/${header}" members
             REGEX "^[ \t]*std::(string|vector<std::string>)[ \t]+(text|boundText|missing|message|reason)[ \t]*[;=]")
        foreach(member ${members})
            list(APPEND violations "src/engine/cairn/engine/${header}: ${member} (words belong in cairn_text)")
        endforeach()
    endforeach()
else()
    message(FATAL_ERROR "unknown RULE '${RULE}'")
endif()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering rule '${RULE}' broken:\n  ${text}")
endif()
message(STATUS "Layering rule '${RULE}' holds.")
