# Fails when a source file breaks the layering rule named by RULE.
#   engine-no-qt          nothing under src/engine includes a Qt header
#   no-widgets-below-app  nothing under src/{engine,io,store,report,cli} includes Qt Widgets
#   no-bgl-in-headers     no public engine header (src/engine/cairn) includes Boost.Graph
#   words-only-in-text    nothing under src/{engine,io,store} includes cairn_text (it sits above
#                         them), and the engine's result types keep no field of the words
#                         cairn_text writes: a reason, gap item or bound is facts, not a sentence
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
    scan("src/engine;src/io;src/store" "[<\"]cairn/text/")
    # Reason, GapItem, Availability and Plan: their members are kinds, ids, amounts and dates.
    foreach(header plan.h planner.h)
        file(STRINGS "${ROOT}/src/engine/cairn/engine/${header}" members
             REGEX "^[ \t]*std::(string|vector<std::string>)[ \t]+(text|boundText|missing)[ \t]*[;=]")
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
